#!/usr/bin/env bash
# Applies the AEIMS configure-*.cli scripts to a WildFly installation.
#   apply.sh WILDFLY_HOME POSTGRESQL_JDBC_JAR            offline, on standalone-full.xml (what the build does)
#   apply.sh --online WILDFLY_HOME POSTGRESQL_JDBC_JAR   against a running server on localhost:9990, then reloads
# Safe to run again: every step checks whether it is already done.
set -euo pipefail

online=false
if [[ "${1:-}" == "--online" ]]; then
    online=true
    shift
fi
wildfly_home=${1:?usage: apply.sh [--online] WILDFLY_HOME POSTGRESQL_JDBC_JAR}
jdbc_jar=${2:?usage: apply.sh [--online] WILDFLY_HOME POSTGRESQL_JDBC_JAR}
server_config=${AEIMS_SERVER_CONFIG:-standalone-full.xml}
config_dir=$(cd "$(dirname "$0")" && pwd)
cli="$wildfly_home/bin/jboss-cli.sh"

if [[ ! -f "$wildfly_home/modules/org/postgresql/main/module.xml" ]]; then
    "$cli" --command="module add --name=org.postgresql --resources=$jdbc_jar --dependencies=java.se,jakarta.transaction.api"
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
if $online; then
    cat "$config_dir"/configure-*.cli > "$script"
    echo "reload" >> "$script"
    "$cli" --connect --file="$script"
else
    {
        echo "embed-server --std-out=discard --server-config=$server_config"
        cat "$config_dir"/configure-*.cli
        echo "stop-embedded-server"
    } > "$script"
    "$cli" --file="$script"
fi
