# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Scale-out with GNU parallel: a JSON Lines batch cut into pieces
# (`parallel --pipe --keep-order`, by records with -N and by size with
# --block), each piece given to its own `dipsum --jsonl --no-history`,
# locally and on a second "host" reached by ssh (an sshd of the test's
# own on a loopback port, with keys made here), gives the lines one
# `dipsum --jsonl --no-history` run gives: byte for byte but for "update"
# and "line", which count within the piece a process reads (README.md,
# "Scale-out").  Bad records keep their error lines; parallel's exit
# status counts the pieces that had one.
set -eu
. tests/lib.sh
need parallel parallel
need timeout coreutils
need jq jq
need /usr/sbin/sshd openssh-server
need ssh openssh-client
need ssh-keygen openssh-client
t=$(mktemp -d)
sshd_pid= made_run_sshd=
cleanup() {
    if [ -n "$sshd_pid" ]; then
        kill "$sshd_pid" 2> /dev/null || true
        wait "$sshd_pid" 2> /dev/null || true
    fi
    [ -z "$made_run_sshd" ] || rmdir /run/sshd 2> /dev/null || true
    rm -rf "$t"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# parallel's ~/.parallel and its buffers: here, not in the user's home
mkdir $t/tmp
export PARALLEL_HOME=$t/parallel TMPDIR=$t/tmp

# ---- the corpus: invented records, English and Urdu, good and bad ----
e1='DOHA: Negotiators from Pakistan and Afghanistan met in Doha on Sunday and agreed to keep the ceasefire in place, a Qatari official said.'
e2='KABUL: The Afghan Taliban said on Tuesday that a third round of talks with Pakistan would be held in Istanbul next week.'
e3="ISLAMABAD: Pakistan's foreign ministry said the talks in Istanbul ended on Friday without an agreement on border monitoring."
e4='ANKARA: Turkiye offered to host a new round of talks between the two neighbours, its foreign minister told reporters on Wednesday.'
e5='The border crossing at Torkham reopened on Monday after a week of closure, traders said.'
u1='اسلام آباد: پاکستان اور افغانستان کے وفود نے اتوار کو دوحہ میں ملاقات کی اور جنگ بندی برقرار رکھنے پر اتفاق کیا۔'
u2='کابل: افغان طالبان نے کہا ہے کہ پاکستان کے ساتھ مذاکرات کا اگلا دور استنبول میں ہوگا۔'
u3='ترکیہ اور قطر نے دونوں ملکوں کے درمیان ثالثی کی پیشکش کی ہے۔'
i=1
while [ $i -le 240 ]; do
    case $((i % 8)) in
    0) txt="$e1 $e3" ;; 1) txt=$e2 ;; 2) txt="$e3 $e5" ;; 3) txt=$e4 ;;
    4) txt=$u1 ;; 5) txt="$u2 $u3" ;; 6) txt=$e5 ;; 7) txt="$u3 $u1" ;;
    esac
    case $((i % 37)) in
    3) printf 'not json {\n' ;;                            # invalid_json
    7) printf '{"id":"sc-%d","title":"no text"}\n' $i ;;   # no_text
    11) printf '{"id":%d,"text":12}\n' $i ;;               # bad_text
    13) printf '{"id":"sc-%d","text":"caf\351"}\n' $i ;;   # invalid_utf8
    17) printf '[%d]\n' $i ;;                              # not_object
    19) printf '\n   \n' ;;                                # blanks: no record
    23) printf '{"id":"sc-%d","text":"%s\\r\\nTalks resumed."}\r\n' $i "$e2" ;;
    29) printf '{"id":"sc-%d","text":"' $i                 # too_large
        j=0; while [ $j -lt 40 ]; do printf '%s ' "$e5"; j=$((j + 1)); done
        printf '"}\n' ;;
    *) printf '{"id":"sc-%d","date":"2025-11-%02d","text":"%s","story":"s-%d","desk":"asia","n":12345678901234567890123,"tags":["a",{"b":null}]}\n' \
           $i $((i % 28 + 1)) "$txt" $((i % 5)) ;;
    esac
    i=$((i + 1))
done > $t/in.jsonl
printf '{"id":"last","text":"%s"}' "$e4" >> $t/in.jsonl    # no line break
test "$(wc -l < $t/in.jsonl)" -ge 240

# pos FILE: the lines with "update" and "line", which count within the
# input a process reads, taken out.  Each is the first of its name on the
# line: dipsum's own keys come before the carried "input", and a string
# (an id) cannot hold an unescaped quote.
pos() {
    sed -E 's/^\{"schema_version":([0-9]+),"update":[0-9]+,/{"schema_version":\1,/
            s/"line":[0-9]+,//' "$1"
}
opts='--jsonl --no-history --max-bytes=2K'

# ---- one run: the reference ----
st=0
"$DIPSUM" $opts < $t/in.jsonl > $t/one 2> $t/one.err || st=$?
test "$st" -eq 1                      # some records were bad
# one line per record: blank lines are none, the last line is one
test "$(wc -l < $t/one)" -eq "$(grep -acv '^[[:space:]]*$' $t/in.jsonl)"
test "$(jq -r '.error.code // empty' < $t/one | sort -u | tr '\n' ' ')" = \
    "bad_text invalid_json invalid_utf8 no_text not_object too_large "
nbad=$(grep -c '"error":{"code"' $t/one)
test "$(grep -c ': error: ' $t/one.err)" -eq "$nbad"
# "line" and "update" are each named once, at the top level
test "$(grep -o '"line":' $t/one | wc -l)" -eq "$(wc -l < $t/one)"
test "$(jq -r '[paths | select(.[-1] == "line" or .[-1] == "update")
                | length] | unique | tostring' < $t/one | sort -u)" = '[1]'
pos $t/one > $t/one.pos
cmp -s $t/one $t/one.pos && exit 1    # pos took something out

# history: the same corpus with it on is summarized otherwise, so the
# identity holds with --no-history (README.md says why)
"$DIPSUM" --jsonl --max-bytes=2K < $t/in.jsonl > $t/hist 2> /dev/null || true
! cmp -s $t/hist $t/one
# ... and a piece of one record has no history: -N 1 without
# --no-history gives what one run with it gives (on the first 40 lines)
head -n 40 $t/in.jsonl > $t/head.jsonl
"$DIPSUM" $opts < $t/head.jsonl 2> /dev/null | pos /dev/stdin > $t/head.pos
st=0
timeout 300 parallel --pipe --keep-order -N 1 "$DIPSUM" --jsonl --max-bytes=2K \
    < $t/head.jsonl > $t/n1 2> /dev/null || st=$?
test "$st" -eq "$(grep -c '"error":{"code"' $t/n1)"
test "$st" -ge 1
pos $t/n1 | cmp - $t/head.pos

# ---- locally: pieces of K records, and pieces of about B bytes ----
for k in 7 50 1000; do
    st=0
    timeout 300 parallel --pipe --keep-order -N $k "$DIPSUM" $opts \
        < $t/in.jsonl > $t/split 2> $t/split.err || st=$?
    pos $t/split | cmp - $t/one.pos
    test "$st" -ge 1 && test "$st" -le 101
    test "$(grep -c ': error: ' $t/split.err)" -eq "$nbad"
done
# "line" counts within the piece, and the exit status is the number of
# pieces with a bad record.  With no blank line, piece p holds lines
# (p-1)K+1 to pK (parallel 20221122 adds a blank line that begins a piece
# to that piece without counting it).
grep -av '^[[:space:]]*$' $t/in.jsonl > $t/noblank.jsonl
"$DIPSUM" $opts < $t/noblank.jsonl > $t/nb.one 2> /dev/null || true
pos $t/nb.one | cmp - $t/one.pos
st=0
timeout 300 parallel --pipe --keep-order -N 7 "$DIPSUM" $opts \
    < $t/noblank.jsonl > $t/split 2> /dev/null || st=$?
pos $t/split | cmp - $t/one.pos
jq -r .line < $t/nb.one | awk '{ print ($1 - 1) % 7 + 1 }' > $t/lines
jq -r .line < $t/split | cmp - $t/lines
want=$(jq -r 'select(.error) | .line' < $t/nb.one |
       awk '{ p[int(($1 - 1) / 7)] = 1 } END { print length(p) }')
test "$st" -eq "$want"
for b in 1k 5k 64k; do
    st=0
    timeout 300 parallel --pipe --keep-order --block $b "$DIPSUM" $opts \
        < $t/in.jsonl > $t/split 2> /dev/null || st=$?
    pos $t/split | cmp - $t/one.pos
    test "$st" -ge 1 && test "$st" -le 101
done
# all good: exit 0 and the same lines
grep -av -e '^not json' -e '"text":12' -e 'caf' -e '^\[' -e '"no text"' \
    -e '"text":"[^"]\{2000\}' $t/in.jsonl > $t/good.jsonl
"$DIPSUM" $opts < $t/good.jsonl > $t/good.one
timeout 300 parallel --pipe --keep-order -N 9 "$DIPSUM" $opts \
    < $t/good.jsonl > $t/good.split
pos $t/good.split | cmp - "$(pos $t/good.one > $t/good.pos; echo $t/good.pos)"
# one piece (-N above the record count): byte for byte, "line" included
"$DIPSUM" --jsonl --no-history < $t/good.jsonl > $t/good.plain
timeout 300 parallel --pipe --keep-order -N 1000 "$DIPSUM" --jsonl --no-history \
    < $t/good.jsonl | cmp - $t/good.plain

# ---- across machines: a second "host" reached by ssh ----
# An sshd of our own: a host key and a user key made here, its config and
# log here, listening on a free loopback port; /etc/ssh is not read.
ssh-keygen -q -t ed25519 -N '' -C scaleout-host -f $t/host_key
ssh-keygen -q -t ed25519 -N '' -C scaleout-user -f $t/user_key
cp $t/user_key.pub $t/authorized_keys
me=$(id -un)
cat > $t/sshd_config << EOF
ListenAddress 127.0.0.1
HostKey $t/host_key
AuthorizedKeysFile $t/authorized_keys
PidFile none
UsePAM no
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowUsers $me
X11Forwarding no
AllowTcpForwarding no
LogLevel VERBOSE
EOF
if [ "$(id -u)" -eq 0 ]; then
    # sshd run by root wants its privilege separation folder, which
    # Debian's service makes when it starts; made and removed here
    if [ ! -d /run/sshd ]; then
        mkdir -m 755 /run/sshd
        made_run_sshd=1
    fi
else
    # run by a user, sshd lets only that user in, with the login shell
    case $(getent passwd "$me" | cut -d: -f7) in
    */nologin | */false) skip "user $me has no login shell for ssh" ;;
    esac
fi
port=
n=0
while [ $n -lt 10 ] && [ -z "$port" ]; do
    n=$((n + 1))
    p=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
    : > $t/sshd.log
    /usr/sbin/sshd -D -f $t/sshd_config -p $p -E $t/sshd.log \
        < /dev/null > /dev/null 2>&1 &
    sshd_pid=$!
    w=0
    while [ $w -lt 100 ]; do
        if grep -q "Server listening on 127.0.0.1 port $p" $t/sshd.log; then
            port=$p
            break
        fi
        kill -0 $sshd_pid 2> /dev/null || break     # the port was taken
        sleep 0.1
        w=$((w + 1))
    done
    if [ -z "$port" ]; then
        kill $sshd_pid 2> /dev/null || true
        wait $sshd_pid 2> /dev/null || true
        sshd_pid=
    fi
done
if [ -z "$port" ]; then
    cat $t/sshd.log
    echo "could not start sshd on a loopback port"
    exit 1
fi
ssh="ssh -F /dev/null -p $port -i $t/user_key -o BatchMode=yes"
ssh="$ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
ssh="$ssh -o LogLevel=ERROR -o ConnectTimeout=10"
# the "remote" answers
test "$(timeout 30 $ssh 127.0.0.1 echo remote-ok)" = remote-ok
# dipsum there by its absolute path; its lexicon cache in our folder
remote="DIPSUM_CACHE_DIR=$t/cache $DIPSUM $opts"
for k in 20 1000; do
    st=0
    timeout 300 parallel --pipe --keep-order -N $k \
        --sshlogin "$ssh 127.0.0.1" "$remote" \
        < $t/in.jsonl > $t/remote 2> $t/remote.err || st=$?
    pos $t/remote | cmp - $t/one.pos
    test "$st" -ge 1 && test "$st" -le 101
    test "$(grep -c ': error: ' $t/remote.err)" -eq "$nbad"
done
# this machine (:) and the "remote" together, and --ssh for the command
st=0
timeout 300 parallel --pipe --keep-order --block 8k --ssh "$ssh" \
    --sshlogin 1/:,2/127.0.0.1 "$remote" \
    < $t/in.jsonl > $t/mixed 2> /dev/null || st=$?
pos $t/mixed | cmp - $t/one.pos
test "$st" -ge 1
# the pieces did go through sshd
test "$(grep -c 'Accepted publickey for' $t/sshd.log)" -ge 3
echo ok
