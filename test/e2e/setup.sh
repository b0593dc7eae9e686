#!/usr/bin/env bash
# Workplan e2e environment. Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3) + headless-browser driver for
# end-to-end extension tests, without network access other than the npm registry and Debian apt.
#
#   bash setup.sh [ENV_DIR]        (default ENV_DIR=$VSCODE_E2E_ENV or ~/.cache/workplan-e2e)
#
# Idempotent: re-running only redoes missing steps. Needs root for apt (or the packages preinstalled).
# Env knobs: SKIP_APT=1 (don't touch apt), CODE_SERVER_VERSION, PLAYWRIGHT_VERSION, VSCE_VERSION.
set -euo pipefail

ENV_DIR="$(realpath -m "${1:-${VSCODE_E2E_ENV:-$HOME/.cache/workplan-e2e}}")"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
VSCE_VERSION="${VSCE_VERSION:-3.9.2}"
APT_PACKAGES=(chromium ripgrep libkrb5-dev build-essential python3 fonts-wqy-zenhei)
LOG_DIR="$ENV_DIR/setup-logs"

t_start=$(date +%s)
say() { printf '[setup +%ss] %s\n' "$(( $(date +%s) - t_start ))" "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- apt
if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "apt packages already installed"
  fi
fi
command -v rg >/dev/null || die "ripgrep (rg) missing"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing"

# ---------------------------------------------------------------- node
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"

# node-gyp must not download Node headers (no internet): point it at the local ones.
if [ -z "${npm_config_nodedir:-}" ]; then
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$node_prefix/include/node/node_version.h" ]; then
    export npm_config_nodedir="$node_prefix"
  else
    say "WARNING: no Node headers under $node_prefix/include/node; node-gyp will try to download them"
  fi
fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# node-pty's postinstall runs `npx node-gyp configure` (only to write compile_commands.json);
# without yes=true npx refuses ("npx canceled due to missing packages and no YES option").
export npm_config_yes=true

mkdir -p "$ENV_DIR" "$LOG_DIR"
cd "$ENV_DIR"
[ -f package.json ] || echo '{ "name": "vscode-e2e-env", "private": true }' > package.json

# ---------------------------------------------------------------- top-level npm packages
have_ver() { node -p "try{require('$ENV_DIR/node_modules/$1/package.json').version}catch{''}" 2>/dev/null; }
if [ "$(have_ver code-server)" != "$CODE_SERVER_VERSION" ] || [ "$(have_ver playwright-core)" != "$PLAYWRIGHT_VERSION" ] \
   || [ "$(have_ver @vscode/vsce)" != "$VSCE_VERSION" ]; then
  say "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION @vscode/vsce@$VSCE_VERSION (--ignore-scripts)"
  # --ignore-scripts: code-server's postinstall refuses root and would trigger downloads; we do its work below.
  npm install --ignore-scripts --save-exact "code-server@$CODE_SERVER_VERSION" \
    "playwright-core@$PLAYWRIGHT_VERSION" "@vscode/vsce@$VSCE_VERSION" > "$LOG_DIR/npm-top.log" 2>&1 \
    || { tail -30 "$LOG_DIR/npm-top.log"; die "npm install failed"; }
else
  say "top-level npm packages already installed"
fi

CS="$ENV_DIR/node_modules/code-server"
VS="$CS/lib/vscode"

# argon2 (required at code-server startup even with --auth none). Its node-pre-gyp would try a
# GitHub download first; build_from_source skips that and compiles with node-gyp.
if ! (cd "$ENV_DIR" && node -e "require('argon2')" 2>/dev/null); then
  say "building argon2"
  npm_config_build_from_source=true npm rebuild argon2 --foreground-scripts > "$LOG_DIR/argon2.log" 2>&1 \
    || { tail -30 "$LOG_DIR/argon2.log"; die "argon2 build failed"; }
fi

# ---------------------------------------------------------------- what code-server's postinstall.sh does
check_vscode_natives() {
  (cd "$VS" && node -e "
    for (const m of ['node-pty','kerberos','@vscode/spdlog','native-watchdog','@parcel/watcher','@vscode/deviceid']) require(m);
    require('fs').accessSync('node_modules/@vscode/ripgrep/bin/rg', require('fs').constants.X_OK);
  ") 2>/dev/null
}
if ! check_vscode_natives; then
  say "npm install (lib/vscode, --omit=dev --ignore-scripts)"
  (cd "$VS" && npm install --omit=dev --ignore-scripts > "$LOG_DIR/npm-vscode.log" 2>&1) \
    || { tail -30 "$LOG_DIR/npm-vscode.log"; die "npm install in lib/vscode failed"; }
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless bin/ exists -> use Debian's rg.
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  ln -sfn "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  say "npm rebuild (lib/vscode native modules: node-pty, kerberos, spdlog, native-watchdog, ...)"
  # kerberos: `prebuild-install || node-gyp rebuild` -> the download fails fast offline, then it compiles.
  (cd "$VS" && npm rebuild --foreground-scripts > "$LOG_DIR/npm-vscode-rebuild.log" 2>&1) \
    || { grep -v 'gyp info' "$LOG_DIR/npm-vscode-rebuild.log" | tail -30; die "npm rebuild in lib/vscode failed"; }
  check_vscode_natives || die "native modules in lib/vscode still do not load"
else
  say "lib/vscode native modules already built"
fi

if [ ! -f "$VS/extensions/node_modules/typescript/package.json" ]; then
  say "npm install (lib/vscode/extensions, --omit=dev)"
  (cd "$VS/extensions" && npm install --omit=dev --foreground-scripts > "$LOG_DIR/npm-extensions.log" 2>&1) \
    || { tail -30 "$LOG_DIR/npm-extensions.log"; die "npm install in lib/vscode/extensions failed"; }
fi

# symlinks from postinstall.sh
ln -sfn node_modules "$VS/node_modules.asar"
ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"

# ---------------------------------------------------------------- sanity check
ver="$(XDG_CONFIG_HOME="$ENV_DIR/.xdg-check" XDG_DATA_HOME="$ENV_DIR/.xdg-check" \
       node "$CS/out/node/entry.js" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+' || true)"
rm -rf "$ENV_DIR/.xdg-check"
case "$ver" in "$CODE_SERVER_VERSION"*) ;; *) die "code-server --version printed: $ver" ;; esac
say "code-server $ver"
say "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
say "done in $(( $(date +%s) - t_start ))s; $ENV_DIR uses $(du -sh "$ENV_DIR" | cut -f1)"
