; --cost-profile: listed functions cost their measured time, scaled to the
; model's units. Four functions the model deems equal split 2 + 2; when a
; profile says f0 takes as long as the other three together, f0 gets a
; partition of its own. Functions the profile does not list keep the
; model's cost. The plan does not depend on -j; several profiles give each
; function its median time.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --plan-only --partitions=2 --partition-plan=%t/model.json %s
; RUN: %python %inputs/plan-query.py %t/model.json f0 f1 f2 f3 | FileCheck --check-prefix=MODEL %s
; MODEL: f0 0
; MODEL-NEXT: f1 0
; MODEL-NEXT: f2 1
; MODEL-NEXT: f3 1
; RUN: printf '# a comment\n900\tf0\n300\tf1\n300\tf2\n300\tf3\n' > %t/profile.txt
; RUN: %parcg --plan-only --partitions=2 --cost-profile=%t/profile.txt --partition-plan=%t/measured.json --print-partitions %s | FileCheck --check-prefix=TABLE %s
; TABLE: {{^ +0 +1 +0 }}
; TABLE-NEXT: {{^ +1 +3 +0 }}
; RUN: %python %inputs/plan-query.py %t/measured.json f0 f1 f2 f3 | FileCheck --check-prefix=MEASURED %s
; MEASURED: f0 0
; MEASURED-NEXT: f1 1
; MEASURED-NEXT: f2 1
; MEASURED-NEXT: f3 1
; Profiles where f0 was fast once and slow twice: its median (900) counts,
; not its least (300, which would give 2 + 2), so f0 stays alone.
; RUN: printf '300\tf0\n' > %t/fast.txt
; RUN: %parcg --plan-only --partitions=2 --cost-profile=%t/profile.txt --cost-profile=%t/fast.txt --cost-profile=%t/profile.txt --partition-plan=%t/slow2.json %s
; RUN: %python %inputs/plan-query.py %t/slow2.json f0 f1 f2 f3 | FileCheck --check-prefix=MEASURED %s
; Fast twice and slow once, in any order: the median is 300, back to 2 + 2.
; RUN: %parcg --plan-only --partitions=2 --cost-profile=%t/fast.txt --cost-profile=%t/profile.txt --cost-profile=%t/fast.txt --partition-plan=%t/fast2.json %s
; RUN: %python %inputs/plan-query.py %t/fast2.json f0 f1 f2 f3 | FileCheck --check-prefix=MODEL %s
; Only f0 listed, at three times the others' model cost (the others are not
; listed, so they keep the model's): f0 is scaled to the model's own cost
; of f0, the only listed function, and nothing changes.
; RUN: printf '900\tf0\n' > %t/only.txt
; RUN: %parcg --plan-only --partitions=2 --cost-profile=%t/only.txt --partition-plan=%t/only.json %s
; RUN: %python %inputs/plan-query.py %t/only.json f0 f1 f2 f3 | FileCheck --check-prefix=MODEL %s
; Objects for -j1 and -j2 with a profile: the same bytes.
; RUN: %parcg -filetype=obj -j1 --partitions=2 --cost-profile=%t/profile.txt --output-dir=%t/j1 %s
; RUN: %parcg -filetype=obj -j2 --partitions=2 --cost-profile=%t/profile.txt --output-dir=%t/j2 %s
; RUN: cmp %t/j1/cost-profile-balances-by-measured-time.0.o %t/j2/cost-profile-balances-by-measured-time.0.o
; RUN: cmp %t/j1/cost-profile-balances-by-measured-time.1.o %t/j2/cost-profile-balances-by-measured-time.1.o
target triple = "x86_64-unknown-linux-gnu"
define i32 @f0(i32 %x) {
  %a = add i32 %x, 0
  %b = mul i32 %a, 3
  ret i32 %b
}
define i32 @f1(i32 %x) {
  %a = add i32 %x, 1
  %b = mul i32 %a, 4
  ret i32 %b
}
define i32 @f2(i32 %x) {
  %a = add i32 %x, 2
  %b = mul i32 %a, 5
  ret i32 %b
}
define i32 @f3(i32 %x) {
  %a = add i32 %x, 3
  %b = mul i32 %a, 6
  ret i32 %b
}
