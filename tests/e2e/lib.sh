# Sourced by the end-to-end scripts of tests/e2e: one way to run a check,
# count it and report the total, so every script prints the same lines and
# ctest reads the same exit status.
#
#   check DESCRIPTION COMMAND...  runs COMMAND and prints "ok   DESCRIPTION"
#                                 or "FAIL DESCRIPTION". After a failure the
#                                 first lines of $check_log (a file the script
#                                 may name: what briefc said) follow, once,
#                                 until the script calls check_log_fresh.
#   failure DESCRIPTION           counts a failure found without check.
#   skip DESCRIPTION              a check that cannot run here (a tool missing).
#   finish NAME                   prints "NAME: P passed, F failed" (and ", S
#                                 skipped" when some were); returns 1 when a
#                                 check failed, else 0.

passed=0
failed=0
skipped=0
check_log=""
check_log_shown=0

check() {
    local description=$1
    shift
    if "$@"; then
        echo "ok   $description"
        passed=$((passed + 1))
        return
    fi
    failure "$description"
    if [ "$check_log_shown" -eq 0 ] && [ -n "$check_log" ] && [ -s "$check_log" ]; then
        sed 's/^/       | /' "$check_log" | head -n 20
        check_log_shown=1
    fi
}

check_log_fresh() { check_log_shown=0; }

failure() {
    echo "FAIL $1"
    failed=$((failed + 1))
}

skip() {
    echo "skip $1"
    skipped=$((skipped + 1))
}

finish() {
    if [ "$skipped" -gt 0 ]; then
        echo "$1: $passed passed, $failed failed, $skipped skipped"
    else
        echo "$1: $passed passed, $failed failed"
    fi
    [ "$failed" -eq 0 ]
}
