; ParCG bug, open: unnamed globals that are not local are neither promoted
; nor named, so once split no name links a definition to its uses in other
; partitions (codegen names each module's unnamed globals __unnamed_<n>, in
; its own order), and two partitions each defining one both call theirs
; __unnamed_1. Here @0 and @1 land in partitions of their own.
;   parcg --partitions=4 -filetype=obj --output-dir=out THIS
;   -> objects 0 and 1 both define __unnamed_1 (llc's one object defines
;      __unnamed_1 and __unnamed_2); big_a's object needs __unnamed_2, which
;      nothing defines; ld.lld: "duplicate symbol: __unnamed_1".
;   parcg --partitions=4 -filetype=obj -o out.o THIS
;   -> error: symbol '__unnamed_1' is also defined in partition 0 object
; parcg-fuzz: "partition 0 of 2 uses an unnamed definition of another
; partition: no name links the two".
target triple = "x86_64-unknown-linux-gnu"
@0 = global i32 5
@1 = global i32 7
define i32 @big_a(i32 %x) {
  %a = load i32, ptr @0
  %a2 = load i32, ptr @1
  %b = add i32 %a, %a2
  %c = add i32 %b, %x
  ret i32 %c
}
define i32 @big_b(i32 %x) {
  %a = load i32, ptr @1
  %b = add i32 %a, %x
  ret i32 %b
}
