//! The realistic search queries, each with the error a person typing it means: the quality
//! test (`tests/search_quality.rs`) checks them and the search benchmark (`benches/search.rs`)
//! times them.

/// (query, the error meant).
pub const QUERIES: &[(&str, &str)] = &[
    // WinSock
    ("connection reset", "WSAECONNRESET"),
    ("connection reset by peer", "WSAECONNRESET"),
    ("ECONNRESET", "WSAECONNRESET"),
    ("address already in use", "WSAEADDRINUSE"),
    ("EADDRINUSE", "WSAEADDRINUSE"),
    ("timed out", "WSAETIMEDOUT"),
    ("connection timed out", "WSAETIMEDOUT"),
    ("connection refused", "WSAECONNREFUSED"),
    ("conection refused", "WSAECONNREFUSED"),
    ("ECONNREFUSED", "WSAECONNREFUSED"),
    ("would block", "WSAEWOULDBLOCK"),
    ("host unreachable", "WSAEHOSTUNREACH"),
    ("network unreachable", "WSAENETUNREACH"),
    ("not a socket", "WSAENOTSOCK"),
    ("connection aborted", "WSAECONNABORTED"),
    ("host not found", "WSAHOST_NOT_FOUND"),
    ("wsastartup not called", "WSANOTINITIALISED"),
    // WinHTTP
    ("winhttp cannot connect", "ERROR_WINHTTP_CANNOT_CONNECT"),
    ("winhttp timeout", "ERROR_WINHTTP_TIMEOUT"),
    ("name not resolved", "ERROR_WINHTTP_NAME_NOT_RESOLVED"),
    ("winhttp secure failure", "ERROR_WINHTTP_SECURE_FAILURE"),
    ("winhttp connection error", "ERROR_WINHTTP_CONNECTION_ERROR"),
    // WinINet
    ("internet timeout", "ERROR_INTERNET_TIMEOUT"),
    ("internet name not resolved", "ERROR_INTERNET_NAME_NOT_RESOLVED"),
    ("internet cannot connect", "ERROR_INTERNET_CANNOT_CONNECT"),
    ("invalid url", "ERROR_INTERNET_INVALID_URL"),
    // system
    ("access denied", "ERROR_ACCESS_DENIED"),
    ("acess denied", "ERROR_ACCESS_DENIED"),
    ("file not found", "ERROR_FILE_NOT_FOUND"),
    ("path not found", "ERROR_PATH_NOT_FOUND"),
    ("sharing violation", "ERROR_SHARING_VIOLATION"),
    ("invalid handle", "ERROR_INVALID_HANDLE"),
    ("not enough memory", "ERROR_NOT_ENOUGH_MEMORY"),
    ("disk full", "ERROR_DISK_FULL"),
    ("invalid parameter", "ERROR_INVALID_PARAMETER"),
    ("file already exists", "ERROR_ALREADY_EXISTS"),
    ("broken pipe", "ERROR_BROKEN_PIPE"),
    ("5", "ERROR_ACCESS_DENIED"),
    // HRESULT
    ("untrusted root", "SEC_E_UNTRUSTED_ROOT"),
    ("certificate expired", "SEC_E_CERT_EXPIRED"),
    ("E_ACCESSDENIED", "E_ACCESSDENIED"),
    ("no such interface", "E_NOINTERFACE"),
    ("class not registered", "REGDB_E_CLASSNOTREG"),
    ("unspecified failure", "E_FAIL"),
    ("0x80090325", "SEC_E_UNTRUSTED_ROOT"),
    ("target principal name incorrect", "SEC_E_WRONG_PRINCIPAL"),
    // NTSTATUS
    ("STATUS_CONNECTION_RESET", "STATUS_CONNECTION_RESET"),
    ("connection reset ntstatus", "STATUS_CONNECTION_RESET"),
    ("access violation", "STATUS_ACCESS_VIOLATION"),
    ("stack overflow", "STATUS_STACK_OVERFLOW"),
    ("object name not found", "STATUS_OBJECT_NAME_NOT_FOUND"),
    ("status io timeout", "STATUS_IO_TIMEOUT"),
];
