#!/bin/sh
# Rewrites docs/authoring-*.png: the authors' console, with a week of sample use, in Debian's chromium (apt-get
# install chromium), 1200 px wide. The same host and pages as the browser tests; nothing is downloaded.
set -eu
cd "$(dirname "$0")/.."
BRIEFBOT_SCREENSHOTS="${1:-docs}" exec dotnet test tests/BriefBot.Authoring.Tests/BriefBot.Authoring.Tests.csproj \
  --filter "FullyQualifiedName~BriefBot.Authoring.Tests.Browser.Screenshots"
