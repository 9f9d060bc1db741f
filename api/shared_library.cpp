// libparc.so has no code of its own: it is the static library `parc`,
// linked whole (see CMakeLists.txt). CMake needs a source per library.
