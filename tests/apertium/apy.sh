# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The example modes served by a real apertium-apy on a free loopback port:
# eng|spa_dipsum with format=txt is the plain eng|spa translation, no mark
# left; with format=html the term marks are <span data-dipl="ID"
# class="dipl-CATEGORY"> and, spans taken out, it is the plain eng|spa
# HTML; urd|hin_dipsum is the plain urd|hin; the summary modes answer
# (their nonce came back) with what dipsum -a -s writes; 40 concurrent
# requests are each answered with their own text.  APy is stopped at the
# end, whatever happens; every request has a time limit.
set -eu
. tests/lib.sh
need apertium-apy apertium-apy
need curl curl
need python3 python3
need setsid util-linux
need apertium-gen-modes apertium-dev
need apertium-destxt apertium
need lt-proc lttoolbox
need lrx-proc apertium-lex-tools
ES=/usr/share/apertium/apertium-eng-spa
UH=/usr/share/apertium/apertium-urd-hin
need $ES/eng-spa.automorf.bin apertium-eng-spa
need $UH/urd-hin.automorf.bin apertium-urd-hin
t=$(mktemp -d)
apy=
stop_apy() {
    # APy was started as the leader of a process group of its own: the
    # group is APy and the pipelines it started
    # (kill -SIG -PGID: dash's kill takes no "--")
    if [ -n "$apy" ]; then
        kill -TERM "-$apy" 2> /dev/null || true
        i=0
        while kill -0 "-$apy" 2> /dev/null && [ $i -lt 50 ]; do
            sleep 0.1; i=$((i + 1))
        done
        kill -KILL "-$apy" 2> /dev/null || true
        apy=
    fi
}
trap 'stop_apy; rm -rf "$t"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# the modes, with dipsum on the PATH of the pipelines APy starts, and
# Debian's own eng-spa and urd-hin beside them to compare with
cp -r examples/apertium $t/ex
rm -rf $t/ex/modes $t/ex/test/*-output.txt
(cd $t/ex && apertium-gen-modes modes.xml)
for m in eng-spa urd-hin; do
    need /usr/share/apertium/modes/$m.mode apertium-${m}
    cp /usr/share/apertium/modes/$m.mode $t/ex/modes/
done
mkdir $t/bin
ln -s "$DIPSUM" $t/bin/dipsum
PATH="$t/bin:$PATH"
export PATH

# APy on a free port: one the kernel has just given out, again if another
# process takes it first
tries=0
while :; do
    tries=$((tries + 1))
    port=$(python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    LC_ALL=C.UTF-8 setsid apertium-apy -p "$port" -t 20 $t/ex \
        > $t/apy.log 2>&1 < /dev/null &
    apy=$!
    i=0
    until curl -s --max-time 2 "http://127.0.0.1:$port/listPairs" > $t/pairs 2> /dev/null; do
        i=$((i + 1))
        if ! kill -0 $apy 2> /dev/null || [ $i -gt 150 ]; then
            break
        fi
        sleep 0.2
    done
    [ -s $t/pairs ] && break
    stop_apy
    if [ $tries -ge 3 ]; then
        echo "apertium-apy did not answer on 127.0.0.1:$port:"
        cat $t/apy.log
        exit 1
    fi
done
url=http://127.0.0.1:$port
for p in spa_dipsum hin_dipsum eng_summary urd_summary; do
    grep -q "\"targetLanguage\": \"$p\"" $t/pairs ||
        { echo "APy does not list $p:"; cat $t/pairs; exit 1; }
done

# ask PAIR FORMAT TEXT OUT: the translatedText of a /translate request in
# OUT (status 200, else the test fails)
ask() {
    curl -s --max-time 60 -G "$url/translate" --data-urlencode "langpair=$1" \
        --data-urlencode "format=$2" --data-urlencode "q=$3" > "$4.json" || {
        echo "no answer to $1 $2 [$3]"; tail -20 $t/apy.log; exit 1; }
    python3 - "$4.json" "$4" <<'PY' || { echo "request $1 $2 [$3]"; tail -20 $t/apy.log; exit 1; }
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
if r.get("responseStatus") != 200:
    sys.exit("status %s: %s" % (r.get("responseStatus"), r))
open(sys.argv[2], "w", encoding="utf-8").write(r["responseData"]["translatedText"])
PY
}
# no_marks FILE: nothing of dipsum's marks left
no_marks() {
    if grep -q 'dipl\|\[\[\|\]\]' "$1"; then
        echo "marks left in $1:"; cat "$1"; exit 1
    fi
}

# ---- format=txt: the plain translation, nothing else ----
q='Officials in Oman said the ceasefire talks in Muscat went well.'
ask 'eng|spa_dipsum' txt "$q" $t/txt
ask 'eng|spa' txt "$q" $t/txt.plain
no_marks $t/txt
cmp $t/txt $t/txt.plain
grep -q 'Omán' $t/txt
# ---- format=html: the marks as spans the page can use ----
h='<p>Officials in <b>Oman</b> said the ceasefire talks in Muscat went well.</p>'
ask 'eng|spa_dipsum' html "$h" $t/html
ask 'eng|spa' html "$h" $t/html.plain
grep -q '<b><span data-dipl="oman" class="dipl-state">Omán</span></b>' $t/html
grep -q '<span data-dipl="muscat" class="dipl-place">Mascate</span>' $t/html ||
    grep -q '<span data-dipl="muscat" class="dipl-place">[^<]*</span>' $t/html
sed 's/<span data-dipl="[a-z0-9_.-]*" class="dipl[a-z_-]*">//g; s|</span>||g' $t/html |
    cmp - $t/html.plain
! grep -q '\[\[\|\]\]\|dipl:' $t/html
# a text without a tag, sent as HTML, comes back clean
ask 'eng|spa_dipsum' html "$q" $t/htmltxt
ask 'eng|spa' html "$q" $t/htmltxt.plain
no_marks $t/htmltxt
cmp $t/htmltxt $t/htmltxt.plain
# ---- urd|hin: clean too ----
u='آرمینیا اور آذربائیجان نے جنیوا میں امن معاہدے پر دستخط کیے۔'
ask 'urd|hin_dipsum' txt "$u" $t/hin
ask 'urd|hin' txt "$u" $t/hin.plain
no_marks $t/hin
cmp $t/hin $t/hin.plain
# ---- summary modes: answered (APy got its nonce back), as dipsum says ----
s='Armenia and Azerbaijan signed a peace agreement in Geneva on Friday. The weather in Geneva was cold.'
ask 'eng|eng_summary' txt "$s" $t/sum
printf '%s' "$s" | apertium-destxt | "$DIPSUM" -a -s --summary-lang=en |
    apertium-retxt > $t/sum.want
cmp $t/sum $t/sum.want
grep -q 'Armenia and Azerbaijan signed' $t/sum
! grep -q 'weather' $t/sum
ask 'eng|urd_summary' html "<p>$s</p>" $t/sumur
grep -q 'آرمینیا' $t/sumur
no_marks $t/sumur

# ---- 40 requests at once, each answered with its own text ----
pids=
n=0
while [ $n -lt 40 ]; do
    k=$((1000 + n))
    case $((n % 4)) in
    0) ask 'eng|spa_dipsum' txt "The $k envoys met officials in Muscat." $t/c$n & ;;
    1) ask 'eng|spa_dipsum' html "<p>The $k envoys met officials in <i>Muscat</i>.</p>" $t/c$n & ;;
    2) ask 'eng|eng_summary' txt "Armenia and Azerbaijan held talks in Geneva on $k border posts." $t/c$n & ;;
    3) ask 'eng|spa' txt "The $k envoys met officials in Muscat." $t/c$n & ;;
    esac
    pids="$pids $!"
    n=$((n + 1))
done
for p in $pids; do
    wait "$p" || { echo "a concurrent request failed"; exit 1; }
done
n=0
while [ $n -lt 40 ]; do
    k=$((1000 + n))
    test -s $t/c$n || { echo "request $n: empty answer"; exit 1; }
    # its own number, and no other request's
    grep -q "$k" $t/c$n || { echo "request $n lacks $k:"; cat $t/c$n; exit 1; }
    if grep -o '1[0-9][0-9][0-9]' $t/c$n | grep -qv "^$k\$"; then
        echo "request $n has another request's text:"; cat $t/c$n; exit 1
    fi
    case $((n % 4)) in
    0|3) no_marks $t/c$n ;;
    1) grep -q '<i><span data-dipl="muscat" class="dipl-place">' $t/c$n ||
           { echo "request $n:"; cat $t/c$n; exit 1; } ;;
    2) grep -q '^Armenia and Azerbaijan held talks in Geneva' $t/c$n ||
           { echo "request $n:"; cat $t/c$n; exit 1; } ;;
    esac
    n=$((n + 1))
done
# the txt answers of eng|spa_dipsum are those of eng|spa
sed "s/1000/1003/" $t/c0 | cmp - $t/c3

# stopped, with every pipeline it started
group=$apy
stop_apy
sleep 0.2
if kill -0 "-$group" 2> /dev/null; then
    echo "processes of APy's group $group are left"; exit 1
fi
