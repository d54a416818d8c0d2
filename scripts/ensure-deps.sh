#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing: WordNet (synonyms and derivations)
# and Chromium (browser tests). Needs root for apt-get; without it, the tests that need them are skipped.
set -uo pipefail
need=()
[ -f /usr/share/wordnet/data.verb ] || [ -f /usr/share/wordnet/dict/data.verb ] || need+=(wordnet-base)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${need[*]}" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || echo "warning: could not install ${need[*]}" >&2
  else
    echo "warning: missing ${need[*]} and not root; dependent tests will be skipped" >&2
  fi
fi
