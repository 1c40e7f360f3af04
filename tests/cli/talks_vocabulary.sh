# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# General vocabulary of talks in the bundled lexicon (issue 9, key terms):
# tagged in invented sentences, and, being no term of an event type, it
# makes no claim of its own.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/u.txt <<'TXT'
Date: 2026-02-10

The co-chairs said the parliament ratified the framework, which offers an amnesty to fighters in exchange for their weapons.
The envoys negotiated a temporary arrangement on border delimitation, and both camps agreed to a period of reduced violence.
TXT
"$DIPSUM" --stage=tag $t/u.txt > $t/tags
for id in co_chair ratification framework amnesty in_exchange_for to_negotiate \
          arrangement delimitation reduction_of_violence; do
    grep -q "^term	[0-9]*	[0-9]*	$id	" $t/tags || { echo "no $id"; exit 1; }
done
# "negotiated" alone is no talks held
printf 'Date: 2026-02-10\n\nThe envoys negotiated for hours.\n' > $t/v.txt
"$DIPSUM" --format=json $t/v.txt > $t/v.json
if grep -q '"type": *"talks_held"' $t/v.json; then echo "negotiated made talks"; exit 1; fi
