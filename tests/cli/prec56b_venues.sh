# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (prec56b, tester72) Venues taken from what is no place, with the
# default lexicon (the gazetteer's provinces and states):
#  1. Urdu: a province's law ("پنجاب کے بلدیاتی قانون میں ترامیم پر
#     معاہدہ") is what is agreed on, no venue; near miss: "لاہور میں"
#     stays the venue.
#  2. a ship's name, "بحری جہاز ایم وی پنجاب پر", "on the MV Uganda": no
#     venue Punjab, nor Uganda.
#  3. a state said before an office, "at the US embassy in Nairobi": the
#     venue is Nairobi, never the United States; near miss: "in Qatar".
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
facts() { printf 'DATE: 2024-11-22\nTITLE: t\n\n%s\n' "$1" > $t/in.txt
          "$DIPSUM" $t/in.txt | grep '^Facts:' || true; }

o=$(facts 'لاہور: پاکستان مسلم لیگ ن اور پاکستان پیپلز پارٹی کے درمیان پنجاب کے بلدیاتی قانون میں ترامیم پر معاہدہ طے پا گیا۔')
case $o in *Punjab*) echo "1: $o"; exit 1;; esac
o=$(facts 'پاکستان مسلم لیگ ن اور پاکستان پیپلز پارٹی کے درمیان جمعہ کو لاہور میں مذاکرات ہوئے۔')
case $o in *'venues: Lahore'*) ;; *) echo "1 near miss: $o"; exit 1;; esac

o=$(facts 'کراچی: ڈاک ورکرز یونین اور شپنگ کمپنیوں کے درمیان اجرتوں پر مذاکرات جمعہ کو کراچی کی بندرگاہ پر لنگر انداز بحری جہاز ایم وی پنجاب پر ہوئے۔')
case $o in *Punjab*) echo "2: $o"; exit 1;; esac
o=$(facts 'Kenya and Tanzania held talks on Friday on the MV Uganda.')
case $o in *Uganda*) echo "2 en: $o"; exit 1;; esac

o=$(facts 'Kenya and Tanzania held talks at the US embassy in Nairobi on Friday.')
case $o in *'United States'*) echo "3: $o"; exit 1;; esac
case $o in *Nairobi*) ;; *) echo "3 Nairobi: $o"; exit 1;; esac
o=$(facts 'Kenya and Tanzania held talks in Qatar on Friday.')
case $o in *'venues: Qatar'*) ;; *) echo "3 near miss: $o"; exit 1;; esac
exit 0
