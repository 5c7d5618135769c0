#!/usr/bin/env bash
# Installs briefc on Debian 12 for someone who is not a programmer:
#
#   ./install.sh            installs the Debian packages briefc needs, builds it,
#                           and puts briefc in /usr/local/bin (asks for sudo)
#   ./install.sh --user     the same into ~/.local/bin, without sudo for the
#                           install itself (the Debian packages still need it)
#   ./install.sh --deb      builds a Debian package (briefc_VERSION_amd64.deb)
#                           to install on every desk with: sudo apt install ./briefc_*.deb
#
# Then, in any folder: briefc init my-paper --audience upr
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-system}
.ci/install-deps
cmake -S . -B build-install -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr/local >/dev/null
cmake --build build-install -j"$(nproc)" --target briefc briefc_catalogs
case $mode in
    system|"")
        sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo cmake --install build-install
        echo "briefc is installed: $(command -v briefc || echo /usr/local/bin/briefc)"
        ;;
    --user)
        cmake --install build-install --prefix "$HOME/.local"
        echo "briefc is installed in $HOME/.local/bin"
        case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "add it to your PATH: export PATH=\"\$HOME/.local/bin:\$PATH\"";; esac
        ;;
    --deb)
        cmake -S . -B build-install -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
        (cd build-install && cpack -G DEB >/dev/null)
        cp build-install/briefc_*.deb .
        echo "made $(ls briefc_*.deb); install it with: sudo apt install ./$(ls briefc_*.deb | head -1)"
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
