# Signs Windows executables with whatever signing the release is set up for. The workflow's
# bundle step and Inno Setup's SignTool= both call this one script, so every file is
# signed the same way. Secrets come from the environment, never the command line (a
# password with & ^ % survives no cmd /c quoting).
#
#   WINDOWS_SIGN_METHOD = artifact-signing (default when its settings exist): Azure
#       Artifact Signing (formerly Trusted Signing) through signtool and its dlib;
#       needs AZURE_SIGNING_DLIB (path to Azure.CodeSigning.Dlib.dll), AZURE_SIGNING_METADATA
#       (path to metadata.json: Endpoint, CodeSigningAccountName, CertificateProfileName),
#       and the azure/login credentials of the job.
#   WINDOWS_SIGN_METHOD = sha1: a certificate on a local hardware token, chosen by
#       thumbprint in WINDOWS_CERT_SHA1 (keys live on hardware since June 2023).
#
# Usage: sign.ps1 FILE [FILE...]   or   sign.ps1 -Tree DIR   (every .exe, .dll and .pyd in
# DIR without a valid signature: Smart App Control blocks unsigned Qt .pyd files even
# under a signed program).
param(
    [string]$Tree = "",
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Files = @()
)
$ErrorActionPreference = "Stop"

$signtool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse -Filter signtool.exe |
    Where-Object FullName -match 'x64' | Sort-Object FullName -Descending | Select-Object -First 1).FullName
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }

$method = $env:WINDOWS_SIGN_METHOD
if (-not $method) { $method = if ($env:WINDOWS_CERT_SHA1) { "sha1" } else { "artifact-signing" } }
switch ($method) {
    "artifact-signing" {
        if (-not $env:AZURE_SIGNING_DLIB -or -not $env:AZURE_SIGNING_METADATA) {
            throw "artifact-signing needs AZURE_SIGNING_DLIB and AZURE_SIGNING_METADATA"
        }
        $how = @("/fd", "SHA256", "/tr", "http://timestamp.acs.microsoft.com", "/td", "SHA256",
            "/dlib", $env:AZURE_SIGNING_DLIB, "/dmdf", $env:AZURE_SIGNING_METADATA)
    }
    "sha1" {
        if (-not $env:WINDOWS_CERT_SHA1) { throw "sha1 signing needs WINDOWS_CERT_SHA1" }
        $how = @("/sha1", $env:WINDOWS_CERT_SHA1, "/fd", "SHA256",
            "/tr", "http://timestamp.digicert.com", "/td", "SHA256")
    }
    default { throw "unknown WINDOWS_SIGN_METHOD '$method' (artifact-signing or sha1)" }
}

if ($Tree) {
    $Files += Get-ChildItem $Tree -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
        ForEach-Object FullName
}
foreach ($file in $Files) {
    & $signtool sign @how $file
    if ($LASTEXITCODE -ne 0) { throw "signing $file failed ($LASTEXITCODE)" }
}
Write-Output "signed $($Files.Count) file(s) with $method"
