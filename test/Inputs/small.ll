target triple = "x86_64-unknown-linux-gnu"
define i32 @small_a(i32 %x) {
entry:
  %v0 = mul i32 %x, 3
  %v1 = mul i32 %v0, 4
  %v2 = mul i32 %v1, 5
  %v3 = mul i32 %v2, 6
  %v4 = mul i32 %v3, 7
  %v5 = mul i32 %v4, 8
  %v6 = mul i32 %v5, 9
  %v7 = mul i32 %v6, 10
  %v8 = mul i32 %v7, 11
  %v9 = mul i32 %v8, 12
  %c0 = call i32 @small_b(i32 %v9)
  ret i32 %c0
}
define i32 @small_b(i32 %x) {
entry:
  %v0 = mul i32 %x, 3
  %v1 = mul i32 %v0, 4
  %v2 = mul i32 %v1, 5
  %v3 = mul i32 %v2, 6
  %v4 = mul i32 %v3, 7
  %v5 = mul i32 %v4, 8
  %v6 = mul i32 %v5, 9
  %v7 = mul i32 %v6, 10
  %v8 = mul i32 %v7, 11
  %v9 = mul i32 %v8, 12
  ret i32 %v9
}
