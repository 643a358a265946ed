<#
.SYNOPSIS
  Locks a Windows machine to immuno-kiosk with Shell Launcher: the kiosk account gets
  immuno-kiosk.exe instead of Explorer as its shell, and Windows restarts it whenever
  it exits (a crash or a staff "quit").

.DESCRIPTION
  NOT tested in this repository's CI (it needs Windows); see packaging/README.md.
  Requires Windows 10/11 Enterprise, Education or IoT Enterprise (Shell Launcher is not
  available on Home or Pro), an elevated PowerShell, and the MSI installed first.
  Assigned Access's single-app kiosk only runs a UWP app or Microsoft Edge, so a desktop
  (Win32) program like immuno-kiosk uses Shell Launcher. Administrators keep Explorer.

  Automatic sign-in of the kiosk account is a separate step: use Sysinternals Autologon
  (it stores the password as an LSA secret), not the plain-text Winlogon registry values.

.EXAMPLE
  .\shell-launcher.ps1 -KioskUser kiosk
#>
param(
    [Parameter(Mandatory = $true)] [string] $KioskUser,
    [string] $Shell = "$env:ProgramFiles\immuno-kiosk\immuno-kiosk.exe"
)
$ErrorActionPreference = 'Stop'

if (-not (Test-Path $Shell)) { throw "$Shell not found: install the immuno-kiosk MSI first" }

# Create the local kiosk account if it does not exist (a standard user, not an admin).
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
    $password = Read-Host -AsSecureString "Password for the new local account '$KioskUser'"
    New-LocalUser -Name $KioskUser -Password $password -FullName 'immuno-kiosk' `
        -Description 'Signs in to the immunotherapy guide kiosk' -PasswordNeverExpires | Out-Null
    Add-LocalGroupMember -Group 'Users' -Member $KioskUser
}

# Shell Launcher v1 is an optional Windows feature.
$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne 'Enabled') {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart | Out-Null
    Write-Warning 'Shell Launcher was just enabled: restart Windows, then run this script again.'
    return
}

$launcher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'
$sid = (New-Object System.Security.Principal.NTAccount($KioskUser)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value

# Everyone else (administrators, IT) keeps Explorer. Action 0 = restart the shell.
$launcher.SetDefaultShell('explorer.exe', 0) | Out-Null
# The kiosk account gets immuno-kiosk; whatever its exit code, restart it (action 0).
$launcher.SetCustomShell($sid, "`"$Shell`"", $null, $null, 0) | Out-Null
$launcher.SetEnabled($true) | Out-Null

Write-Output "Shell Launcher: '$KioskUser' ($sid) now signs in to $Shell."
Write-Output 'Next: set up automatic sign-in for that account (Sysinternals Autologon), then restart.'
