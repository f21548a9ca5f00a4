; An empty module: nothing to plan, one partition.
