#!/usr/bin/env bash
# Build AgentDesk as a one-folder application that runs on a Linux machine without Python.
#
#   packaging/build.sh                  build dist/agentdesk-VERSION-linux-ARCH/ and its .tar.gz
#   packaging/build.sh --install PREFIX build, then install into PREFIX (~/.local, /usr/local...)
#
# Steps: the project's venv (./run setup) builds the wheel; a fresh venv in build/packaging gets
# the locked dependencies (requirements-dev.txt, hashed: it holds PyInstaller) and that wheel, so
# PyInstaller sees AgentDesk laid out as pip installs it; PyInstaller builds from
# packaging/agentdesk.spec; then the tree is staged as an installation prefix:
#   lib/agentdesk/            the application (lib/agentdesk/agentdesk is the program)
#   bin/agentdesk             a link to it
#   share/applications/       the .desktop file          (checked by desktop-file-validate)
#   share/metainfo/           the AppStream metainfo     (checked by appstreamcli validate)
#   share/icons/hicolor/      the icon, 16...512 px and scalable
#   share/bash-completion/, share/zsh/site-functions/, share/fish/vendor_completions.d/
#                             completion scripts, written by the built program itself
# PyInstaller is CPU-heavy (several minutes on two cores); the build runs under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

install_prefix=""
case "${1:-}" in
    "") ;;
    --install) install_prefix=${2:?"--install needs a folder, e.g. ~/.local"} ;;
    -h|--help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
    *) echo "packaging/build.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
esac

say() { printf '== %s\n' "$*" >&2; }

./run setup
venv=$root/.venv
app_id=$("$venv/bin/python" -c 'from agentdesk.installation import APP_ID; print(APP_ID)')
version=$("$venv/bin/python" -c 'import agentdesk; print(agentdesk.__version__)')
work=$root/build/packaging
stage=$root/dist/agentdesk-$version-linux-$(uname -m)
rm -rf "$work" "$stage"
mkdir -p "$work"

say "wheel (built from the sdist, as pip would)"
nice -n 15 "$venv/bin/python" -m build --no-isolation --outdir "$work/wheel" . >"$work/wheel.log" 2>&1 \
    || { cat "$work/wheel.log" >&2; exit 1; }

say "build venv"
export UV_SYSTEM_CERTS=1
"$venv/bin/uv" venv -q --python "$venv/bin/python" "$work/venv"
"$venv/bin/uv" pip sync -q --python "$work/venv/bin/python" --require-hashes requirements-dev.txt
"$venv/bin/uv" pip install -q --python "$work/venv/bin/python" --no-deps "$work"/wheel/agentdesk-*.whl

say "PyInstaller (one folder)"
(cd packaging && nice -n 15 "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyinstaller" agentdesk.spec)

say "staging $stage"
data=$work/venv/lib/python3*/site-packages/agentdesk/resources
data=$(echo $data)
mkdir -p "$stage/lib" "$stage/bin" "$stage/share/applications" "$stage/share/metainfo"
cp -a "$work/dist/agentdesk" "$stage/lib/agentdesk"
ln -s ../lib/agentdesk/agentdesk "$stage/bin/agentdesk"
cp "$data/desktop/$app_id.desktop" "$stage/share/applications/"
cp "$data/desktop/$app_id.metainfo.xml" "$stage/share/metainfo/"
for png in "$data"/icons/hicolor/*/apps/"$app_id".png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 644 "$png" "$stage/share/icons/hicolor/$size/apps/$app_id.png"
done
install -D -m 644 "$data/icons/agentdesk.svg" "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
program=$stage/lib/agentdesk/agentdesk
mkdir -p "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" \
    "$stage/share/fish/vendor_completions.d"
"$program" completion bash >"$stage/share/bash-completion/completions/agentdesk"
"$program" completion zsh >"$stage/share/zsh/site-functions/_agentdesk"
"$program" completion fish >"$stage/share/fish/vendor_completions.d/agentdesk.fish"

say "checks"
command -v desktop-file-validate >/dev/null && desktop-file-validate "$stage/share/applications/$app_id.desktop"
command -v appstreamcli >/dev/null && appstreamcli validate --no-net "$stage/share/metainfo/$app_id.metainfo.xml" >&2
"$program" --version

tar -C "$(dirname "$stage")" -czf "$stage.tar.gz" "$(basename "$stage")"
say "built $stage ($(du -sh "$stage" | cut -f1); $(du -h "$stage.tar.gz" | cut -f1) as .tar.gz)"

if [ -n "$install_prefix" ]; then
    mkdir -p "$install_prefix"
    prefix=$(cd "$install_prefix" && pwd)
    say "installing into $prefix"
    rm -rf "$prefix/lib/agentdesk"
    cp -a "$stage/." "$prefix/"
    # Refresh the desktop's caches where the tools exist; a missing tool only delays the menu.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
    say "installed: $prefix/bin/agentdesk (put $prefix/bin on PATH for the menu entry's Exec=agentdesk)"
fi
