#!/bin/sh
# Class data sharing for villagestats: the classes a start loads, parsed and verified once and
# kept in an archive the JVM maps at start-up: a start costs about a third less CPU, `status`
# answers in under a second, and the nightly run starts a second or so sooner.
#
# Usage: jobs/villagestats-cds.sh [villagestats.jar] [folder]      (defaults: villagestats.jar, app)
# Then:  java -XX:SharedArchiveFile=app/villagestats.jsa -jar app/villagestats.jar status
#
# Run it again after every upgrade of the jar: an archive made for another jar is ignored
# (the JVM warns and starts without it). Two training runs list the classes they load: a
# `user list`, which starts the whole application (so the archive serves `run` and `serve`),
# and a `status`, which does without it. Both run on a scratch H2 database under a temporary
# folder; they never open the production database nor its logs. The archive is then made from
# both lists at once (a static archive: it also holds picocli's old class files, which an
# archive made at a run's exit cannot).
set -eu
jar=${1:-villagestats.jar}
dir=${2:-app}
java -Djarmode=tools -jar "$jar" extract --force --destination "$dir"
dir=$(cd "$dir" && pwd)
rm -f "$dir/villagestats.jsa"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# the same JVM options as the runs that will use the archive (its heap left as it is)
train() {
    (cd "$scratch" && java ${JAVA_OPTS:-} -XX:DumpLoadedClassList="$scratch/$1.classes" \
        -Dspring.datasource.url="jdbc:h2:file:$scratch/data/villagestats;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64" \
        -Dvillagestats.logs="$scratch/logs" -jar "$dir/villagestats.jar" "$@" > /dev/null)
}
train user list
train status
awk '!seen[$0]++' "$scratch/user.classes" "$scratch/status.classes" > "$scratch/classes"
# on the class path the runs will have (-jar puts the jar and its manifest's lib/ on it)
if ! java ${JAVA_OPTS:-} -Xshare:dump -XX:SharedClassListFile="$scratch/classes" \
        -XX:SharedArchiveFile="$dir/villagestats.jsa" -cp "$dir/villagestats.jar" > "$scratch/dump.log" 2>&1; then
    cat "$scratch/dump.log" >&2
    exit 1
fi
echo "villagestats: class data sharing archive $dir/villagestats.jsa"
