#!/bin/sh
# Class data sharing for villagestats: the classes Spring, Flyway, H2 and Batch load at every
# start, parsed and verified once and kept in an archive the JVM maps at start-up. `status`
# answers in about half the time; the nightly run starts a second or so sooner.
#
# Usage: jobs/villagestats-cds.sh [villagestats.jar] [folder]      (defaults: villagestats.jar, app)
# Then:  java -XX:SharedArchiveFile=app/villagestats.jsa -jar app/villagestats.jar status
#
# Run it again after every upgrade of the jar: an archive made for another jar is ignored
# (the JVM warns and starts without it). The training run is a `user list` on a scratch H2
# database under a temporary folder (it starts the whole application, so the archive serves
# `run` and `serve` as well as `status`); it never opens the production database nor its logs.
set -eu
jar=${1:-villagestats.jar}
dir=${2:-app}
java -Djarmode=tools -jar "$jar" extract --force --destination "$dir"
dir=$(cd "$dir" && pwd)
rm -f "$dir/villagestats.jsa"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# the same JVM options as the runs that will use the archive (its heap left as it is)
(cd "$scratch" && java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$dir/villagestats.jsa" \
    -Dspring.datasource.url="jdbc:h2:file:$scratch/data/villagestats;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64" -Dvillagestats.logs="$scratch/logs" \
    -jar "$dir/villagestats.jar" user list > /dev/null)
echo "villagestats: class data sharing archive $dir/villagestats.jsa"
