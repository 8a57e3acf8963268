#!/usr/bin/env bash
# Validates the Kubernetes manifests offline: renders each overlay with kustomize, checks every
# object against the Kubernetes and operator schemas and the project's rules, and checks the
# dashboards and alerts against METRICS.txt. Needs no cluster; installs its tools from the npm
# registry (versions pinned by package-lock.json) into .tools on first run.
# Prints one line per check and closes with "k8s: N passed, M failed"; exits non-zero on any
# failure. Run by `mvn verify` in this module, or directly: deploy/k8s/validate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools"
out="$here/target/rendered"

fail() {
  echo "validate.sh: $*" >&2
  echo "k8s: 0 passed, 1 failed"
  exit 1
}

# Node.js and npm: on the project's machines already; Debian has them otherwise.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "validate.sh: installing Node.js from Debian" >&2
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    fail "Node.js and npm are needed (apt-get install nodejs npm)"
  fi
fi

# kubectl is optional: its built-in kustomize is compared with the pinned one when present.
# Debian's own archive has no current kubectl (only kubernetes-client 1.20, whose kustomize
# predates this layout); install it only from an apt source that offers the kubectl package.
if ! command -v kubectl >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-cache >/dev/null; then
  if apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get install -y -qq kubectl >/dev/null 2>&1 || echo "validate.sh: kubectl install failed; going on without it" >&2
  fi
fi

# The npm tools, reinstalled whenever package-lock.json changes.
mkdir -p "$tools"
if ! cmp -s "$here/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules" ]; then
  echo "validate.sh: installing tools into .tools (npm ci)" >&2
  cp "$here/package.json" "$here/package-lock.json" "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >&2) || fail "npm ci failed"
fi

# Node resolves packages from the importing file's folder upwards, so the validator runs from
# inside .tools, next to node_modules.
rm -rf "$tools/validation"
cp -r "$here/validation" "$tools/validation"
mkdir -p "$out"
exec node "$tools/validation/validate.mjs" --root="$here" --tools="$tools" --out="$out"
