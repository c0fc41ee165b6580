package parity

// RecordType names a kind of ledger record, as in the `type` field of a JSON Lines file.
type RecordType string

// Record types, in the order a file lists them and an export writes them.
const (
	TypeSource      RecordType = "source"
	TypeMission     RecordType = "mission"
	TypeMeasure     RecordType = "measure"
	TypeObservation RecordType = "observation"
	TypeAssessment  RecordType = "assessment"
	TypeSite        RecordType = "site"
)

// RecordTypes lists the record types in export order.
var RecordTypes = []RecordType{TypeSource, TypeMission, TypeMeasure, TypeObservation, TypeAssessment, TypeSite}

// Origin says who put a record in the ledger: the bundled dataset (which parity may
// update on a new version) or a user (whose records parity never touches).
type Origin string

// Origins of a record.
const (
	OriginDataset Origin = "dataset"
	OriginUser    Origin = "user"
)
