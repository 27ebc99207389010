# Probe safety: where credentials may go, and what is said when kling-doctor refuses to send them.

safety-dotenv-syntax-line = { $file } in this folder cannot be read: line { $line } is not a NAME=value line. Fix or remove that line (a value with spaces goes in quotes), then run kling-doctor again.
safety-dotenv-syntax = { $file } in this folder cannot be read: a line is not a NAME=value line. Fix or remove it (a value with spaces goes in quotes), then run kling-doctor again.
safety-dotenv-unreadable = { $file } in this folder exists but cannot be read (permissions, or not UTF-8 text). Fix it or move it away, then run kling-doctor again.

safety-dotenv-not-official = { $var } in { $file } points at { $host }, which is not an official host for it ({ $official }), so nothing was sent: a { $file } file in a folder could otherwise send your API key anywhere. If you do mean that host, set the variable yourself in the shell, e.g. export { $var }={ $scheme }://{ $host }, or remove the line from { $file } to use the official host.
safety-dotenv-not-url = { $var } in { $file } is not an https:// URL, so nothing was sent. Fix or remove that line of { $file }.
safety-not-url = { $var } is not an http(s) URL, so nothing was sent. Set it to a base URL such as https://api-singapore.klingai.com, or unset it.
safety-plain-http = { $var } points at { $host } over plain http://, so nothing was sent: your key would cross the network unencrypted. Use https://, or plain http:// only to this computer (127.0.0.1, ::1, localhost).

safety-why-redirect = the server answered with a redirect (HTTP { $status }) to { $host }; not followed, nothing was sent there
safety-why-redirect-nowhere = the server answered with a redirect (HTTP { $status }); not followed
safety-probe-host = host: { $host }
safety-unofficial-host = Answers from { $host } come from that host, not from { $service } itself ({ $var } points there).
safety-markdown-host = Host

safety-report-api-base-refused = refused (see the error of a --probe run)
safety-report-dotenv = Variables read from .env
safety-report-dotenv-none = none
