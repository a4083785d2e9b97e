#!/usr/bin/env bash
# What the tests need from Debian, installed when missing (the README's test command runs this first,
# and .ci/run runs the same command):
#   chromium               the pages' tests drive Debian's Chromium through playwright-core (no
#                          browser is ever downloaded)
#   fonts-noto-cjk         Chinese text renders in the screenshots and the LibreOffice pictures
#   libreoffice-calc-nogui the annotated copy is opened by another writer, and rendered to PDF
#   poppler-utils          pdftoppm turns that PDF into a PNG whose colours a test reads
# On a machine without apt-get it says what is missing and stops.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -i 'noto.*cjk' >/dev/null || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages (or their equivalents): ${need[*]}" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
echo "Installing: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
