@echo off
rem Hopscope launcher for Windows: the same flags as the hopscope shell script beside it
rem (transparent huge pages are a Linux feature).
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem Short commands: C1 alone, inlining less; exposure runs for seconds at account scale and keeps
rem the JVM's default tiers (see the hopscope script).
set "JIT=-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -XX:C1MaxInlineLevel=5"
if /i "%~1"=="exposure" set "JIT="
set "CDS="
rem The archive's path is quoted: an install folder may have spaces ("C:\Program Files\...").
if exist "%HERE%hopscope.jsa" set CDS="-XX:SharedArchiveFile=%HERE%hopscope.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
"%JAVA%" %JIT% -XX:+UseSerialGC -XX:-UsePerfData -XX:InitialRAMPercentage=6 %CDS% %HOPSCOPE_JAVA_OPTS% -jar "%HERE%hopscope.jar" %*
exit /b %ERRORLEVEL%
