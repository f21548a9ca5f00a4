; --write-cost-profile writes one "<microseconds>\t<name>" line per function
; definition, in module order, by its name in the input: a local promoted
; because it is called across partitions is listed by its own name, not
; the promoted one. Writing it changes no output byte.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg -filetype=obj --partitions=2 --output-dir=%t/plain %s
; RUN: %parcg -filetype=obj --partitions=2 --output-dir=%t/timed --write-cost-profile=%t/profile.txt --partition-plan=%t/plan.json %s
; RUN: cmp %t/plain/cost-profile-written.0.o %t/timed/cost-profile-written.0.o
; RUN: cmp %t/plain/cost-profile-written.1.o %t/timed/cost-profile-written.1.o
; RUN: FileCheck %s < %t/profile.txt
; CHECK: # parcg cost profile: microseconds
; CHECK-NEXT: {{^[0-9]+}}	helper{{$}}
; CHECK-NEXT: {{^[0-9]+}}	left{{$}}
; CHECK-NEXT: {{^[0-9]+}}	right{{$}}
; CHECK-NOT: {{.}}
; The helper was promoted (it is called from both partitions):
; RUN: FileCheck --check-prefix=PLAN %s < %t/plan.json
; PLAN: "promoted_from": "helper"
; Declarations are not listed; the profile is read back as it was written.
; RUN: %parcg --plan-only --partitions=2 --cost-profile=%t/profile.txt %s
target triple = "x86_64-unknown-linux-gnu"
declare i32 @external(i32)
define internal i32 @helper(i32 %x) noinline {
  %a = mul i32 %x, 7
  %b = call i32 @external(i32 %a)
  ret i32 %b
}
define i32 @left(i32 %x) {
  %a = call i32 @helper(i32 %x)
  %b = add i32 %a, 1
  %c = call i32 @helper(i32 %b)
  ret i32 %c
}
define i32 @right(i32 %x) {
  %a = call i32 @helper(i32 %x)
  %b = sub i32 %a, 2
  %c = call i32 @helper(i32 %b)
  ret i32 %c
}
