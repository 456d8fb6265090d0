@echo off
rem retort: runs Retort's command line (lib\retort.jar) with JAVA_HOME's java, or the java on the PATH.
setlocal
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %RETORT_JAVA_OPTS% -jar "%HOME_DIR%\lib\retort.jar" %*
exit /b %ERRORLEVEL%
