// The translation unit of ng_test_pch (tests/CMakeLists.txt), the target
// whose precompiled header every test target reuses. It defines nothing.
