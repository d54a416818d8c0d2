#!/usr/bin/env bash
# Fails with a clear message when the .NET SDK is missing; the machine image ships it.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "sleuth: the .NET 10 SDK (dotnet) is required and was not found on PATH" >&2
  exit 1
fi
