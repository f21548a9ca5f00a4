# Three parcg runs that make may run side by side. The '+' hands make's
# jobserver descriptors to the recipe (make 4.3 passes them to no other).
# PARCG, IN, OUT and JOBS come from the command line.
all: $(OUT)/a.o $(OUT)/b.o $(OUT)/c.o

$(OUT)/%.o:
	+$(PARCG) -j $(JOBS) -filetype=obj --partitions=8 --time-trace=$(OUT)/$*.json -o $@ $(IN)
