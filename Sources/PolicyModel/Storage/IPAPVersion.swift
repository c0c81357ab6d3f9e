/// The version of ipap, named in `ipap --version` and in the User-Agent of `ipap fetch`.
public enum IPAPVersion {
    public static let current = "0.13.0"
}
