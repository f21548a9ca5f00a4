; Reads as IR, fails the verifier: %a uses %b before %b is defined.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @main() {
entry:
  %a = add i32 %b, 1
  %b = add i32 1, 2
  ret i32 %a
}
