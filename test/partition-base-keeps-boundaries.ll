; --partition-base=PLAN.json keeps the boundaries of an earlier plan where
; they are still among a boundary's candidates: the stable strategy then
; cuts where the base cut, not at the strongest name. A base boundary far
; from where a boundary can go is ignored.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --plan-only --partitions=2 --partition-strategy=stable --partition-plan=%t/plain.json %s
; RUN: %python %inputs/plan-query.py %t/plain.json f47 f48 f52 f53 | FileCheck --check-prefix=PLAIN %s
; PLAIN: f47 0
; PLAIN-NEXT: f48 0
; PLAIN-NEXT: f52 1
; PLAIN-NEXT: f53 1
; A base that cut before f48:
; RUN: %python -c "import json; print(json.dumps({'symbols': [{'ordinal': i, 'name': 'f%%d' %% i, 'kind': 'function', 'partition': int(i >= 48)} for i in range(100)]}))" > %t/base48.json
; RUN: %parcg --plan-only --partitions=2 --partition-strategy=stable --partition-base=%t/base48.json --partition-plan=%t/kept.json %s
; RUN: %python %inputs/plan-query.py %t/kept.json f47 f48 f52 f53 | FileCheck --check-prefix=KEPT %s
; KEPT: f47 0
; KEPT-NEXT: f48 1
; KEPT-NEXT: f52 1
; KEPT-NEXT: f53 1
; A base that cut before f10 is too far: the plain plan.
; RUN: %python -c "import json; print(json.dumps({'symbols': [{'ordinal': i, 'name': 'f%%d' %% i, 'kind': 'function', 'partition': int(i >= 10)} for i in range(100)]}))" > %t/base10.json
; RUN: %parcg --plan-only --partitions=2 --partition-strategy=stable --partition-base=%t/base10.json --partition-plan=%t/far.json %s
; RUN: %python -c "import json,sys; a,b=(json.load(open(f))['symbols'] for f in sys.argv[1:]); print('same' if [s['partition'] for s in a]==[s['partition'] for s in b] else 'differ')" %t/plain.json %t/far.json | FileCheck --check-prefix=FAR %s
; FAR: same
; Errors name the file and the reason.
; RUN: not %parcg --plan-only --partition-strategy=stable --partition-base=%t/missing.json %s 2>&1 | FileCheck --check-prefix=MISSING %s
; MISSING: error: {{.*}}missing.json: {{[Nn]}}o such file or directory
; RUN: echo '{"version": 1}' > %t/nosyms.json
; RUN: not %parcg --plan-only --partition-strategy=stable --partition-base=%t/nosyms.json %s 2>&1 | FileCheck --check-prefix=NOSYMS %s
; NOSYMS: error: {{.*}}nosyms.json: not a partition plan: no "symbols" array
; RUN: echo '{"symbols": [' > %t/broken.json
; RUN: not %parcg --plan-only --partition-strategy=stable --partition-base=%t/broken.json %s 2>&1 | FileCheck --check-prefix=BROKEN %s
; BROKEN: error: {{.*}}broken.json: {{.+}}
; RUN: not %parcg --plan-only --partition-base=%t/base48.json %s 2>&1 | FileCheck --check-prefix=STRATEGY %s
; STRATEGY: error: --partition-base needs --partition-strategy=stable
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
define i32 @f4(i32 %x) {
  %a = add i32 %x, 4
  %b = mul i32 %a, 7
  ret i32 %b
}
define i32 @f5(i32 %x) {
  %a = add i32 %x, 5
  %b = mul i32 %a, 8
  ret i32 %b
}
define i32 @f6(i32 %x) {
  %a = add i32 %x, 6
  %b = mul i32 %a, 9
  ret i32 %b
}
define i32 @f7(i32 %x) {
  %a = add i32 %x, 7
  %b = mul i32 %a, 10
  ret i32 %b
}
define i32 @f8(i32 %x) {
  %a = add i32 %x, 8
  %b = mul i32 %a, 11
  ret i32 %b
}
define i32 @f9(i32 %x) {
  %a = add i32 %x, 9
  %b = mul i32 %a, 12
  ret i32 %b
}
define i32 @f10(i32 %x) {
  %a = add i32 %x, 10
  %b = mul i32 %a, 13
  ret i32 %b
}
define i32 @f11(i32 %x) {
  %a = add i32 %x, 11
  %b = mul i32 %a, 14
  ret i32 %b
}
define i32 @f12(i32 %x) {
  %a = add i32 %x, 12
  %b = mul i32 %a, 15
  ret i32 %b
}
define i32 @f13(i32 %x) {
  %a = add i32 %x, 13
  %b = mul i32 %a, 16
  ret i32 %b
}
define i32 @f14(i32 %x) {
  %a = add i32 %x, 14
  %b = mul i32 %a, 17
  ret i32 %b
}
define i32 @f15(i32 %x) {
  %a = add i32 %x, 15
  %b = mul i32 %a, 18
  ret i32 %b
}
define i32 @f16(i32 %x) {
  %a = add i32 %x, 16
  %b = mul i32 %a, 19
  ret i32 %b
}
define i32 @f17(i32 %x) {
  %a = add i32 %x, 17
  %b = mul i32 %a, 20
  ret i32 %b
}
define i32 @f18(i32 %x) {
  %a = add i32 %x, 18
  %b = mul i32 %a, 21
  ret i32 %b
}
define i32 @f19(i32 %x) {
  %a = add i32 %x, 19
  %b = mul i32 %a, 22
  ret i32 %b
}
define i32 @f20(i32 %x) {
  %a = add i32 %x, 20
  %b = mul i32 %a, 23
  ret i32 %b
}
define i32 @f21(i32 %x) {
  %a = add i32 %x, 21
  %b = mul i32 %a, 24
  ret i32 %b
}
define i32 @f22(i32 %x) {
  %a = add i32 %x, 22
  %b = mul i32 %a, 25
  ret i32 %b
}
define i32 @f23(i32 %x) {
  %a = add i32 %x, 23
  %b = mul i32 %a, 26
  ret i32 %b
}
define i32 @f24(i32 %x) {
  %a = add i32 %x, 24
  %b = mul i32 %a, 27
  ret i32 %b
}
define i32 @f25(i32 %x) {
  %a = add i32 %x, 25
  %b = mul i32 %a, 28
  ret i32 %b
}
define i32 @f26(i32 %x) {
  %a = add i32 %x, 26
  %b = mul i32 %a, 29
  ret i32 %b
}
define i32 @f27(i32 %x) {
  %a = add i32 %x, 27
  %b = mul i32 %a, 30
  ret i32 %b
}
define i32 @f28(i32 %x) {
  %a = add i32 %x, 28
  %b = mul i32 %a, 31
  ret i32 %b
}
define i32 @f29(i32 %x) {
  %a = add i32 %x, 29
  %b = mul i32 %a, 32
  ret i32 %b
}
define i32 @f30(i32 %x) {
  %a = add i32 %x, 30
  %b = mul i32 %a, 33
  ret i32 %b
}
define i32 @f31(i32 %x) {
  %a = add i32 %x, 31
  %b = mul i32 %a, 34
  ret i32 %b
}
define i32 @f32(i32 %x) {
  %a = add i32 %x, 32
  %b = mul i32 %a, 35
  ret i32 %b
}
define i32 @f33(i32 %x) {
  %a = add i32 %x, 33
  %b = mul i32 %a, 36
  ret i32 %b
}
define i32 @f34(i32 %x) {
  %a = add i32 %x, 34
  %b = mul i32 %a, 37
  ret i32 %b
}
define i32 @f35(i32 %x) {
  %a = add i32 %x, 35
  %b = mul i32 %a, 38
  ret i32 %b
}
define i32 @f36(i32 %x) {
  %a = add i32 %x, 36
  %b = mul i32 %a, 39
  ret i32 %b
}
define i32 @f37(i32 %x) {
  %a = add i32 %x, 37
  %b = mul i32 %a, 40
  ret i32 %b
}
define i32 @f38(i32 %x) {
  %a = add i32 %x, 38
  %b = mul i32 %a, 41
  ret i32 %b
}
define i32 @f39(i32 %x) {
  %a = add i32 %x, 39
  %b = mul i32 %a, 42
  ret i32 %b
}
define i32 @f40(i32 %x) {
  %a = add i32 %x, 40
  %b = mul i32 %a, 43
  ret i32 %b
}
define i32 @f41(i32 %x) {
  %a = add i32 %x, 41
  %b = mul i32 %a, 44
  ret i32 %b
}
define i32 @f42(i32 %x) {
  %a = add i32 %x, 42
  %b = mul i32 %a, 45
  ret i32 %b
}
define i32 @f43(i32 %x) {
  %a = add i32 %x, 43
  %b = mul i32 %a, 46
  ret i32 %b
}
define i32 @f44(i32 %x) {
  %a = add i32 %x, 44
  %b = mul i32 %a, 47
  ret i32 %b
}
define i32 @f45(i32 %x) {
  %a = add i32 %x, 45
  %b = mul i32 %a, 48
  ret i32 %b
}
define i32 @f46(i32 %x) {
  %a = add i32 %x, 46
  %b = mul i32 %a, 49
  ret i32 %b
}
define i32 @f47(i32 %x) {
  %a = add i32 %x, 47
  %b = mul i32 %a, 50
  ret i32 %b
}
define i32 @f48(i32 %x) {
  %a = add i32 %x, 48
  %b = mul i32 %a, 51
  ret i32 %b
}
define i32 @f49(i32 %x) {
  %a = add i32 %x, 49
  %b = mul i32 %a, 52
  ret i32 %b
}
define i32 @f50(i32 %x) {
  %a = add i32 %x, 50
  %b = mul i32 %a, 53
  ret i32 %b
}
define i32 @f51(i32 %x) {
  %a = add i32 %x, 51
  %b = mul i32 %a, 54
  ret i32 %b
}
define i32 @f52(i32 %x) {
  %a = add i32 %x, 52
  %b = mul i32 %a, 55
  ret i32 %b
}
define i32 @f53(i32 %x) {
  %a = add i32 %x, 53
  %b = mul i32 %a, 56
  ret i32 %b
}
define i32 @f54(i32 %x) {
  %a = add i32 %x, 54
  %b = mul i32 %a, 57
  ret i32 %b
}
define i32 @f55(i32 %x) {
  %a = add i32 %x, 55
  %b = mul i32 %a, 58
  ret i32 %b
}
define i32 @f56(i32 %x) {
  %a = add i32 %x, 56
  %b = mul i32 %a, 59
  ret i32 %b
}
define i32 @f57(i32 %x) {
  %a = add i32 %x, 57
  %b = mul i32 %a, 60
  ret i32 %b
}
define i32 @f58(i32 %x) {
  %a = add i32 %x, 58
  %b = mul i32 %a, 61
  ret i32 %b
}
define i32 @f59(i32 %x) {
  %a = add i32 %x, 59
  %b = mul i32 %a, 62
  ret i32 %b
}
define i32 @f60(i32 %x) {
  %a = add i32 %x, 60
  %b = mul i32 %a, 63
  ret i32 %b
}
define i32 @f61(i32 %x) {
  %a = add i32 %x, 61
  %b = mul i32 %a, 64
  ret i32 %b
}
define i32 @f62(i32 %x) {
  %a = add i32 %x, 62
  %b = mul i32 %a, 65
  ret i32 %b
}
define i32 @f63(i32 %x) {
  %a = add i32 %x, 63
  %b = mul i32 %a, 66
  ret i32 %b
}
define i32 @f64(i32 %x) {
  %a = add i32 %x, 64
  %b = mul i32 %a, 67
  ret i32 %b
}
define i32 @f65(i32 %x) {
  %a = add i32 %x, 65
  %b = mul i32 %a, 68
  ret i32 %b
}
define i32 @f66(i32 %x) {
  %a = add i32 %x, 66
  %b = mul i32 %a, 69
  ret i32 %b
}
define i32 @f67(i32 %x) {
  %a = add i32 %x, 67
  %b = mul i32 %a, 70
  ret i32 %b
}
define i32 @f68(i32 %x) {
  %a = add i32 %x, 68
  %b = mul i32 %a, 71
  ret i32 %b
}
define i32 @f69(i32 %x) {
  %a = add i32 %x, 69
  %b = mul i32 %a, 72
  ret i32 %b
}
define i32 @f70(i32 %x) {
  %a = add i32 %x, 70
  %b = mul i32 %a, 73
  ret i32 %b
}
define i32 @f71(i32 %x) {
  %a = add i32 %x, 71
  %b = mul i32 %a, 74
  ret i32 %b
}
define i32 @f72(i32 %x) {
  %a = add i32 %x, 72
  %b = mul i32 %a, 75
  ret i32 %b
}
define i32 @f73(i32 %x) {
  %a = add i32 %x, 73
  %b = mul i32 %a, 76
  ret i32 %b
}
define i32 @f74(i32 %x) {
  %a = add i32 %x, 74
  %b = mul i32 %a, 77
  ret i32 %b
}
define i32 @f75(i32 %x) {
  %a = add i32 %x, 75
  %b = mul i32 %a, 78
  ret i32 %b
}
define i32 @f76(i32 %x) {
  %a = add i32 %x, 76
  %b = mul i32 %a, 79
  ret i32 %b
}
define i32 @f77(i32 %x) {
  %a = add i32 %x, 77
  %b = mul i32 %a, 80
  ret i32 %b
}
define i32 @f78(i32 %x) {
  %a = add i32 %x, 78
  %b = mul i32 %a, 81
  ret i32 %b
}
define i32 @f79(i32 %x) {
  %a = add i32 %x, 79
  %b = mul i32 %a, 82
  ret i32 %b
}
define i32 @f80(i32 %x) {
  %a = add i32 %x, 80
  %b = mul i32 %a, 83
  ret i32 %b
}
define i32 @f81(i32 %x) {
  %a = add i32 %x, 81
  %b = mul i32 %a, 84
  ret i32 %b
}
define i32 @f82(i32 %x) {
  %a = add i32 %x, 82
  %b = mul i32 %a, 85
  ret i32 %b
}
define i32 @f83(i32 %x) {
  %a = add i32 %x, 83
  %b = mul i32 %a, 86
  ret i32 %b
}
define i32 @f84(i32 %x) {
  %a = add i32 %x, 84
  %b = mul i32 %a, 87
  ret i32 %b
}
define i32 @f85(i32 %x) {
  %a = add i32 %x, 85
  %b = mul i32 %a, 88
  ret i32 %b
}
define i32 @f86(i32 %x) {
  %a = add i32 %x, 86
  %b = mul i32 %a, 89
  ret i32 %b
}
define i32 @f87(i32 %x) {
  %a = add i32 %x, 87
  %b = mul i32 %a, 90
  ret i32 %b
}
define i32 @f88(i32 %x) {
  %a = add i32 %x, 88
  %b = mul i32 %a, 91
  ret i32 %b
}
define i32 @f89(i32 %x) {
  %a = add i32 %x, 89
  %b = mul i32 %a, 92
  ret i32 %b
}
define i32 @f90(i32 %x) {
  %a = add i32 %x, 90
  %b = mul i32 %a, 93
  ret i32 %b
}
define i32 @f91(i32 %x) {
  %a = add i32 %x, 91
  %b = mul i32 %a, 94
  ret i32 %b
}
define i32 @f92(i32 %x) {
  %a = add i32 %x, 92
  %b = mul i32 %a, 95
  ret i32 %b
}
define i32 @f93(i32 %x) {
  %a = add i32 %x, 93
  %b = mul i32 %a, 96
  ret i32 %b
}
define i32 @f94(i32 %x) {
  %a = add i32 %x, 94
  %b = mul i32 %a, 97
  ret i32 %b
}
define i32 @f95(i32 %x) {
  %a = add i32 %x, 95
  %b = mul i32 %a, 98
  ret i32 %b
}
define i32 @f96(i32 %x) {
  %a = add i32 %x, 96
  %b = mul i32 %a, 99
  ret i32 %b
}
define i32 @f97(i32 %x) {
  %a = add i32 %x, 97
  %b = mul i32 %a, 100
  ret i32 %b
}
define i32 @f98(i32 %x) {
  %a = add i32 %x, 98
  %b = mul i32 %a, 101
  ret i32 %b
}
define i32 @f99(i32 %x) {
  %a = add i32 %x, 99
  %b = mul i32 %a, 102
  ret i32 %b
}
