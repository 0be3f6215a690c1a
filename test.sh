#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (apt-get)..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet tool restore
dotnet test SmartVillage.sln --configuration Release "$@"
