#!/usr/bin/env bash
# Applies the AEIMS configure-*.cli scripts to a WildFly installation, or with --remove undoes them.
#   apply.sh WILDFLY_HOME POSTGRESQL_JDBC_JAR            offline, on standalone-full.xml (what the build does)
#   apply.sh --online WILDFLY_HOME POSTGRESQL_JDBC_JAR   against a running server on localhost:9990, then reloads
#   apply.sh --remove [--online] WILDFLY_HOME            runs the remove-*.cli scripts (undeploy AEIMS first)
# Safe to run again: every step checks whether it is already done.
set -euo pipefail

usage="usage: apply.sh [--online] WILDFLY_HOME POSTGRESQL_JDBC_JAR | apply.sh --remove [--online] WILDFLY_HOME"
online=false
remove=false
while [[ "${1:-}" == --* ]]; do
    case "$1" in
        --online) online=true ;;
        --remove) remove=true ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
    shift
done
wildfly_home=${1:?$usage}
server_config=${AEIMS_SERVER_CONFIG:-standalone-full.xml}
config_dir=$(cd "$(dirname "$0")" && pwd)
cli="$wildfly_home/bin/jboss-cli.sh"

# Configure in glob order; remove in the reverse of it, so a resource goes only after what was added after it
configure_scripts=("$config_dir"/configure-*.cli)
scripts=()
if $remove; then
    for (( i = ${#configure_scripts[@]} - 1; i >= 0; i-- )); do
        pair="$config_dir/remove-${configure_scripts[i]##*/configure-}"
        # A configure script without its remove pair would leave its resources behind unnoticed
        [[ -f "$pair" ]] || { echo "apply.sh: ${configure_scripts[i]##*/} has no ${pair##*/}" >&2; exit 1; }
        scripts+=("$pair")
    done
else
    jdbc_jar=${2:?$usage}
    # The module stays on --remove: it is a file under modules/, not server configuration, and harmless unused
    if [[ ! -f "$wildfly_home/modules/org/postgresql/main/module.xml" ]]; then
        "$cli" --command="module add --name=org.postgresql --resources=$jdbc_jar --dependencies=java.se,jakarta.transaction.api"
    fi
    scripts=("${configure_scripts[@]}")
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
if $online; then
    cat "${scripts[@]}" > "$script"
    echo "reload" >> "$script"
    "$cli" --connect --file="$script"
else
    {
        echo "embed-server --std-out=discard --server-config=$server_config"
        cat "${scripts[@]}"
        echo "stop-embedded-server"
    } > "$script"
    "$cli" --file="$script"
fi
