#!/usr/bin/env bash
# The whole test suite, from a fresh clone: system packages the browser tests need,
# npm packages, typecheck, unit tests, production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# grep reads the whole list (no -q): with pipefail, grep -q leaving early would make fc-list
# die of SIGPIPE and the fonts look missing when they are there.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (Debian packages) ..."
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=""; fi
  # Another run installing at the same time holds apt's locks: wait for them, do not fail.
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" fontconfig
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

echo "== typecheck"
npx tsc
echo "== unit tests"
NO_COLOR=1 npx vitest run
echo "== build"
npm run -s build
echo "== browser tests"
npx playwright test
