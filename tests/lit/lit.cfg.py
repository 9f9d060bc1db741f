# lit configuration for parc's file tests. Each test is a script with
# `# RUN:` lines (run through the shell) and FileCheck `# CHECK:` lines.
#   %parc   the parc binary of this build
#   %s      the test file itself
import os
import lit.formats

config.name = "parc"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".py", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)

site = lit_config.params.get("site_config")
if site is None:
    lit_config.fatal("run the lit tests through ctest (site_config param missing)")
lit_config.load_config(config, site)
config.test_exec_root = config.parc_test_build_dir

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.parc_bin_dir, config.environment.get("PATH", "")])
config.substitutions.append(("%parc", os.path.join(config.parc_bin_dir, "parc")))
