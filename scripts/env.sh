# Sourced by the other scripts: finds a JDK 25 and installs the Debian packages OneWindow needs.
# shellcheck shell=bash

find_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/java-25-openjdk* /usr/lib/jvm/jdk-25*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
            local major
            major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
            if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
                export JAVA_HOME="$candidate"
                export PATH="$JAVA_HOME/bin:$PATH"
                return 0
            fi
        fi
    done
    echo "OneWindow needs a JDK 25. Install Temurin 25 (https://adoptium.net) or set JAVA_HOME to a JDK 25." >&2
    return 1
}

# ensure_debian_packages PACKAGE... : installs what is missing when we are root on Debian, else says what to install.
ensure_debian_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]} ..." >&2
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; then
            apt-get update -q >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
        fi
    else
        echo "Please install: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        return 1
    fi
}
