int ext_var = 42;
