#!/usr/bin/env bash
# The example's deploy script for the `command` target (docs/deploy.md): run once per step of the
# stage's strategy with MLOPS_ACTION (deploy, traffic, switch, retire, rollback), MLOPS_SLOT,
# MLOPS_VERSION, MLOPS_TRAFFIC and MLOPS_ARTIFACT_DIR (the verified release assets).
# It tells the model server (MODEL_SERVER, default the local one of `npm run demo`) which version
# each slot serves and with what share of the traffic.
set -euo pipefail
server="${MODEL_SERVER:-http://127.0.0.1:8765}"
if [ "$MLOPS_ACTION" = deploy ] || [ "$MLOPS_ACTION" = switch ]; then
  test -f "$MLOPS_ARTIFACT_DIR/model.json" || { echo "no model.json in $MLOPS_ARTIFACT_DIR" >&2; exit 1; }
fi
curl -sf -X POST --data-binary "@${MLOPS_ARTIFACT_DIR}/model.json" \
  "$server/admin/apply?action=$MLOPS_ACTION&slot=$MLOPS_SLOT&version=$MLOPS_VERSION&traffic=$MLOPS_TRAFFIC" >/dev/null
echo "$MLOPS_ACTION: slot $MLOPS_SLOT serves $MLOPS_MODEL $MLOPS_VERSION at $MLOPS_TRAFFIC% of the traffic"
