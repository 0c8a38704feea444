# lit configuration for async-tidy. Run through `ctest` or
# `ninja -C build check-async-tidy`.
import os
import shlex
import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "check_async_tidy.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_tidy_obj_root, "test")

# A missing tool is a configuration error, never a silent pass.
for tool in (config.clang_tidy, config.filecheck, config.clangxx,
             config.plugin, config.async_tidy, config.annotations_tool):
    if not os.path.exists(tool):
        lit_config.fatal("required tool not found: " + tool)

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Keep diagnostics plain and stable.
config.environment["TERM"] = "dumb"

src = config.async_tidy_src_root
runner = os.path.join(src, "test", "check_async_tidy.py")
headers = os.path.join(src, "test", "Inputs", "Headers")
python = shlex.quote(os.environ.get("PYTHON", "python3"))

config.substitutions.append(("%check_async_tidy",
    " ".join([python, shlex.quote(runner),
              "--clang-tidy=" + shlex.quote(config.clang_tidy),
              "--plugin=" + shlex.quote(config.plugin),
              "--standalone=" + shlex.quote(config.async_tidy),
              "--filecheck=" + shlex.quote(config.filecheck),
              "--mock-headers=" + shlex.quote(headers)])))
config.substitutions.append(("%clang_tidy_plugin",
    shlex.quote(config.clang_tidy) + " --load=" + shlex.quote(config.plugin)))
config.substitutions.append(("%async_tidy", shlex.quote(config.async_tidy)))
config.substitutions.append(("%annotations_tool", shlex.quote(config.annotations_tool)))
config.substitutions.append(("%clangxx", shlex.quote(config.clangxx)))
config.substitutions.append(("%mock_headers", shlex.quote(headers)))
config.substitutions.append(("%src_root", shlex.quote(src)))
config.substitutions.append(("%python", python))
