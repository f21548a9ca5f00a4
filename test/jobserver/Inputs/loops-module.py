"""A module of N functions, each a loop of some arithmetic, so that every
partition takes a few milliseconds of codegen: long enough for workers of
concurrent runs to overlap."""
import sys

n = int(sys.argv[1])
print('target triple = "x86_64-unknown-linux-gnu"')
for i in range(n):
    body = "\n".join("  %%a%d = mul i64 %%a%d, %d\n  %%b%d = xor i64 %%a%d, %%i" % (k + 1, k, k + 3, k + 1, k + 1)
                     for k in range(40))
    print("""define i64 @f%d(i64 %%n) {
entry:
  br label %%loop
loop:
  %%i = phi i64 [ 0, %%entry ], [ %%next, %%loop ]
  %%a0 = phi i64 [ %d, %%entry ], [ %%b40, %%loop ]
%s
  %%next = add i64 %%i, 1
  %%done = icmp eq i64 %%next, %%n
  br i1 %%done, label %%exit, label %%loop
exit:
  ret i64 %%b40
}""" % (i, i, body))
