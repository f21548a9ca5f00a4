; A module with no definitions (only a declaration) compiles to llc's bytes,
; with any partition request.
; RUN: rm -rf %t && mkdir %t
; RUN: llc -filetype=obj %s -o %t/llc.o
; RUN: %parcg -filetype=obj --partitions=4 %s -o %t/parcg.o
; RUN: cmp %t/llc.o %t/parcg.o
target triple = "x86_64-unknown-linux-gnu"
declare void @nothing()
