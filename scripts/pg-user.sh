# Sourced by scripts/pg-matrix and scripts/dev-server: initdb refuses to
# run as root, so as root their servers run as an unprivileged user
# (created once). Needs `die`. Sets RUN_USER; `as_user CMD...` runs CMD as it.
RUN_USER=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    RUN_USER=driftless-pg
    if ! id "$RUN_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER" >/dev/null 2>&1 \
            || die "cannot create user $RUN_USER"
    fi
fi
as_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$RUN_USER" -- "$@"
    else
        "$@"
    fi
}
