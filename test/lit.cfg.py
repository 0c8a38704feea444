# lit configuration for async-tidy. Run through `ctest` or
# `ninja -C build check-async-tidy`.
import os
import shlex
import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "check_async_tidy.py",
                   "lsp_client.py", "validate_sarif.py", "check_category_docs.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_tidy_obj_root, "test")

# A missing tool is a configuration error, never a silent pass.
# async-clangd is required when the build enabled it (ASYNC_TIDY_BUILD_CLANGD,
# the default); when it is disabled its tests are UNSUPPORTED, never PASS.
required = [config.clang_tidy, config.filecheck, config.clangxx, config.plugin,
            config.async_tidy, config.annotations_tool, config.async_tidy_sarif,
            config.async_audit, config.audit_plugin,
            config.run_clang_tidy]
if config.build_clangd:
    required.append(config.async_clangd)
    config.available_features.add("async-clangd")
for tool in required:
    if not os.path.exists(tool):
        lit_config.fatal("required tool not found: " + tool)

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Keep diagnostics plain and stable.
config.environment["TERM"] = "dumb"

# An ASan + UBSan build (scripts/sanitize.sh): Debian's clang-tidy-22 is not
# instrumented and cannot load an instrumented plugin, so every front end
# runs as the instrumented standalone async-tidy (the same module objects).
# LeakSanitizer is off for these runs: clang-tidy and clangd leave some of
# their objects to the process exit on purpose; the unit tests run with it.
# allow_user_poisoning=0: LLVM's BumpPtrAllocator, inlined into our
# instrumented code, poisons each new slab of an allocator it shares with the
# uninstrumented libclang-cpp, whose allocations from that slab then read as
# "use-after-poison" (a false report; scripts/sanitize.sh).
sanitized = getattr(config, "sanitized", False)
if sanitized:
    config.available_features.add("sanitized")
    config.environment["ASAN_OPTIONS"] = \
        "detect_leaks=0:abort_on_error=0:allow_user_poisoning=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

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
              "--clangxx=" + shlex.quote(config.clangxx),
              "--mock-headers=" + shlex.quote(headers)]
             + (["--frontends=standalone"] if sanitized else []))))
config.substitutions.append(("%clang_tidy_plugin",
    shlex.quote(config.async_tidy) if sanitized else
    shlex.quote(config.clang_tidy) + " --load=" + shlex.quote(config.plugin)))
config.substitutions.append(("%async_tidy", shlex.quote(config.async_tidy)))
config.substitutions.append(("%annotations_tool", shlex.quote(config.annotations_tool)))
config.substitutions.append(("%clangxx", shlex.quote(config.clangxx)))
config.substitutions.append(("%mock_headers", shlex.quote(headers)))
config.substitutions.append(("%src_root", shlex.quote(src)))
config.substitutions.append(("%project_version", config.async_tidy_version))
config.substitutions.append(("%obj_root", shlex.quote(config.async_tidy_obj_root)))
config.substitutions.append(("%python", python))

# CI and editor integration (tools/async-tidy-sarif, tools/async-clangd).
# %async_sarif, not %async_tidy_sarif: lit would expand the %async_tidy prefix.
# The resource dir of the Clang we build against: a custom clangd would
# otherwise derive <bindir>/../lib/clang/22 from its own path (P14).
import subprocess
resource_dir = subprocess.run([config.clangxx, "-print-resource-dir"], check=True,
                              stdout=subprocess.PIPE, text=True).stdout.strip()
if not os.path.isdir(resource_dir):
    lit_config.fatal("clang resource dir not found: " + resource_dir)
config.substitutions.append(("%clang_resource_dir", shlex.quote(resource_dir)))
# %async_audit does not start with %async_tidy: no clash.
config.substitutions.append(("%async_audit", shlex.quote(config.async_audit)))
# The compile plugin (tools/async-audit-plugin): %audit_plugin_so is its path,
# for -fplugin=. Not %async_audit_plugin: lit would expand %async_audit in it.
config.substitutions.append(("%audit_plugin_so", shlex.quote(config.audit_plugin)))
config.substitutions.append(("%async_sarif", shlex.quote(config.async_tidy_sarif)))
config.substitutions.append(("%validate_sarif", python + " " + shlex.quote(
    os.path.join(src, "test", "sarif", "validate_sarif.py"))))
# Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, a self-contained
# .NET binary), installed by scripts/setup.sh into <build>/sarif-multitool;
# $SARIF_MULTITOOL names another copy. Without it the tests that need it are
# UNSUPPORTED, never PASS.
def find_sarif_multitool():
    env = os.environ.get("SARIF_MULTITOOL")
    if env:
        return env if os.access(env, os.X_OK) else None
    for prefix in [os.path.join(config.async_tidy_obj_root, "sarif-multitool")]:
        exe = os.path.join(prefix, "node_modules", "@microsoft",
                           "sarif-multitool-linux", "Sarif.Multitool")
        if os.access(exe, os.X_OK):
            return exe
    return None
sarif_multitool = find_sarif_multitool()
if sarif_multitool:
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif_multitool", shlex.quote(sarif_multitool)))
    # .NET without ICU (a minimal Debian has no libicu).
    config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"
    config.environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
# Headless Chromium for the HTML report's test (Debian package chromium, which
# scripts/setup.sh installs for the test suite; $CHROMIUM names another
# binary). Without it that test is UNSUPPORTED, never PASS. Each run is
# bounded (timeout 60) and hermetic (its own profile and HOME under %t), with
# the browser's background services off: the page must load nothing. Console
# messages (script errors, CSP violations) go to stderr as "CONSOLE" lines.
import shutil
chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
if chromium and os.access(chromium, os.X_OK):
    config.available_features.add("chromium")
    config.substitutions.append(("%headless_chromium", " ".join([
        "env HOME=%t.chromium XDG_CONFIG_HOME=%t.chromium XDG_CACHE_HOME=%t.chromium",
        "timeout 60", shlex.quote(chromium),
        "--headless=new --no-sandbox --disable-gpu --user-data-dir=%t.chromium/profile",
        "--no-first-run --no-default-browser-check --disable-extensions",
        "--disable-background-networking --disable-component-update --disable-sync",
        "--enable-logging=stderr --v=0"])))
config.substitutions.append(("%tidy_exe", shlex.quote(config.clang_tidy)))
config.substitutions.append(("%plugin_so", shlex.quote(config.plugin)))
config.substitutions.append(("%run_clang_tidy",
    python + " " + shlex.quote(config.run_clang_tidy)))
config.substitutions.append(("%lsp_client", python + " " + shlex.quote(
    os.path.join(src, "test", "clangd", "lsp_client.py"))))
# clangd also reads the user's config (~/.config/clangd/config.yaml); tests
# must not depend on it, so they run it with an empty XDG_CONFIG_HOME.
config.substitutions.append(("%async_clangd",
    "env XDG_CONFIG_HOME=%t.xdg " + shlex.quote(config.async_clangd)))

# The real-header tests need the -dev packages scripts/setup.sh installs. A
# missing one makes tests fail with "file not found": name the package first.
real_headers = {
    "libstdc++-12-dev": ["c++/12/coroutine"],
    "libboost-dev": ["boost/asio.hpp"],
    "libssl-dev": ["openssl/ssl.h"],
    "libpq-dev": ["postgresql/libpq-fe.h"],
    "python3-dev": ["python3.11/Python.h"],
    "libsqlite3-dev": ["sqlite3.h"],
    "zlib1g-dev": ["zlib.h"],
    "libc-ares-dev": ["ares.h"],
}
include_roots = ["/usr/include", "/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu"]
missing_packages = [pkg for pkg, hdrs in real_headers.items()
                    if not all(any(os.path.exists(os.path.join(r, h)) for r in include_roots)
                               for h in hdrs)]
if missing_packages:
    lit_config.warning("packages the tests need are not installed: " + " ".join(missing_packages)
                       + " (tests that include their headers will fail with 'file not found';"
                       + " install them with scripts/setup.sh or apt-get install)")
