#!/usr/bin/env bash
# Checks that `apply.sh --remove` left nothing of AEIMS in a server configuration (the build runs it between a
# removal and the final configure). The names come from the configure-*.cli scripts themselves, so a resource added
# there later is checked without editing this script:
#   - every `/...=NAME:add(` whose parent is not added too (a child goes with its parent)
#   - every `--name=NAME` and `--queue-address=NAME` of a high-level `... add` command (data-source, jms-queue)
#   - every `NAME="VALUE"` that a `:write-attribute(name=NAME, value=VALUE)` sets on a resource AEIMS does not add
# The org.postgresql module is not server configuration, stays on removal and is not checked.
#   check-removed.sh WILDFLY_HOME    fails naming each leftover
set -euo pipefail

wildfly_home=${1:?usage: check-removed.sh WILDFLY_HOME}
server_config=${AEIMS_SERVER_CONFIG:-standalone-full.xml}
config_dir=$(cd "$(dirname "$0")" && pwd)
xml="$wildfly_home/standalone/configuration/$server_config"
[[ -f "$xml" ]] || { echo "check-removed.sh: no $xml" >&2; exit 1; }

# Commands only: comment lines mention resource names in prose
commands=$(cat "$config_dir"/configure-*.cli | sed -e 's/^[[:space:]]*//' | grep -v '^#' || true)

added_paths=$(grep -oE '^/[^:(]+:add\(' <<<"$commands" | sed -e 's/:add($//' | sort -u || true)
# What the XML must no longer hold, each as a fixed string
leftovers_to_find=()
while IFS= read -r path; do
    [[ -n "$path" ]] || continue
    parent_added=false
    while IFS= read -r other; do
        [[ "$path" == "$other"/* ]] && parent_added=true
    done <<<"$added_paths"
    # The last path element's value is the resource's name; WildFly writes it as a quoted attribute
    $parent_added || leftovers_to_find+=("\"${path##*=}\"")
done <<<"$added_paths"

while IFS= read -r name; do
    [[ -n "$name" ]] && leftovers_to_find+=("\"$name\"")
done < <(grep -E '^[a-z-]+ add ' <<<"$commands" | grep -oE '(^| )--(name|queue-address)=[^ ]+' | sed -e 's/.*=//' || true)

while IFS= read -r line; do
    [[ -n "$line" ]] || continue
    path=${line%%:write-attribute*}
    grep -qxF "$path" <<<"$added_paths" && continue
    attribute=$(sed -E 's/.*write-attribute\(name=([^,]+), *value=([^)]+)\).*/\1="\2"/' <<<"$line")
    leftovers_to_find+=("$attribute")
done < <(grep -E '^/[^:(]+:write-attribute\(' <<<"$commands" || true)

# An empty list would pass vacuously: the scripts' syntax changed beyond what this script reads
(( ${#leftovers_to_find[@]} > 0 )) || { echo "check-removed.sh: found no resource names in configure-*.cli" >&2; exit 1; }

failed=false
for needle in "${leftovers_to_find[@]}"; do
    if grep -qF -- "$needle" "$xml"; then
        echo "check-removed.sh: $server_config still has $needle: $(grep -nF -- "$needle" "$xml" | head -1)" >&2
        failed=true
    fi
done
$failed && exit 1
echo "check-removed.sh: none of ${#leftovers_to_find[@]} AEIMS names left in $server_config: ${leftovers_to_find[*]}"
