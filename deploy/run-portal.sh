#!/bin/sh
# Starts the portal from its extracted jar (`java -Djarmode=tools -jar consultation-registry-*.jar extract
# --destination DIR`) with a class data sharing archive: the JVM maps the ~11,000 classes the portal loads at start
# from DIR/application.jsa instead of reading, parsing and verifying them again (bench/README.md, "Start-up").
# The archive is made by a training run (Spring Boot's documented one: start, refresh the context, exit) the first
# time, and again whenever the jar in DIR is newer than it. The training run needs the database, as a start does.
#
#   deploy/run-portal.sh DIR [portal arguments]
#   deploy/run-portal.sh --train DIR [portal arguments]    # only the training run, if the archive is missing or old
#
# Both runs use the bean definitions Spring AOT generated when the jar was built (-Dspring.aot.enabled=true; the
# archive must be trained the way the portal then starts): the context is then built from generated code instead of
# configuration classes read and evaluated at every start.
#
# JAVA_OPTS: JVM options for both runs (heap, GC). PORTAL_CDS=false starts without the archive (JFR recordings crash
# this JDK 17 when an archive made at exit is mapped). PORTAL_AOT=false starts without the generated definitions
# (a jar built without process-aot needs that).
set -eu
train_only=false
if [ "$1" = --train ]; then
    train_only=true
    shift
fi
dir=$1
shift
# The application's own jar: the only one at the top of DIR (the libraries are in DIR/lib).
jar=$(ls "$dir"/*.jar | head -1)
archive="$dir/application.jsa"
aot=-Dspring.aot.enabled=${PORTAL_AOT:-true}
if [ "${PORTAL_CDS:-true}" = false ]; then
    [ "$train_only" = true ] && exit 0
    exec java ${JAVA_OPTS:-} "$aot" -jar "$jar" "$@"
fi
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
    echo "run-portal: training run for the class data sharing archive $archive" >&2
    rm -f "$archive"
    # With the real start's arguments, so that it reads the same configuration; it exits before opening its port.
    # -Xlog:cds=error: the JVM lists every class it cannot archive (old bytecode, generated accessors) as a warning.
    java ${JAVA_OPTS:-} "$aot" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=error -Dspring.context.exit=onRefresh \
        -jar "$jar" "$@" >&2 \
        || { echo "run-portal: the training run failed; starting without the archive" >&2; rm -f "$archive"; }
fi
if [ "$train_only" = true ]; then
    exit 0
fi
exec java ${JAVA_OPTS:-} "$aot" -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
