#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
# The production end-to-end test runs Debian's nginx as the current user with its own configuration, never the service.
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (apt-get)..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # Packages must not start their system services here (nginx would take port 80): Debian's policy-rc.d says no.
  no_services=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d && no_services=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  [ -z "$no_services" ] || $SUDO rm -f /usr/sbin/policy-rc.d
fi

dotnet tool restore
dotnet test SmartVillage.sln --configuration Release "$@"
