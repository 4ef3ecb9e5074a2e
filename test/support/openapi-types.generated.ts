// Types of Corridor's API, generated from /api/openapi.json by openapi-typescript.
// Do not edit: `npm run api:types` writes this file again; a test fails when it is stale.
export interface paths {
    "/api/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List countries (ISO 3166) with UN M49 regions */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/countries/{alpha3}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One country */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user the token acts for */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's API tokens that have not been revoked (never the tokens themselves) */
        get: operations["listMeTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens (the one making the request included) */
        delete: operations["deleteMeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations, by name, with filters and cursor paging */
        get: operations["listOrganisations"];
        put?: never;
        /** Add an organisation; you become its owner */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation (owners, editors, admins); 409 when `version` is stale */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who belong to an organisation, with their roles (signed-in users) */
        get: operations["listOrganisationMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List programmes by title */
        get: operations["listProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with its organisations, countries, outputs and lessons */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events, most recent first */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its organisers, key issues, outcomes, recommendations and parts */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (admins only)
         * @description Filtered by status, role and text; paged by cursor. Callers who are not admins get 404.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user with memberships and open sessions (admins only) */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending user (admins only)
         * @description Send the `version` you last read. 409 with code VersionConflict when the user changed since, InvalidState when the user is not in a state this applies to, LastAdmin when it would leave no active admin; 403 SelfChange for your own account.
         */
        post: operations["approveUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user and end their sessions (admins only)
         * @description Send the `version` you last read. 409 with code VersionConflict when the user changed since, InvalidState when the user is not in a state this applies to, LastAdmin when it would leave no active admin; 403 SelfChange for your own account.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List imports (releases), newest first within each dataset (admin) */
        get: operations["listImports"];
        put?: never;
        /**
         * Import a data file (admin)
         * @description Send the file as the raw request body (`Content-Type: application/octet-stream`). The import runs in the background: poll `GET /api/v1/imports/{id}`. A release that would shrink the current one (fewer values, areas or years), is older, ends mid-row, or has text in number cells ends `held`, not current, with the reasons in `held`: send `replace=true` and/or `acceptErrors=true` to confirm, or make it current later. Re-sending a file already current answers `unchanged`; one stored but not current is made current (`restored`) or answers `not-current`. A file that cannot be read at all answers 422 with the reason.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: its status while it runs, then its report (admin) */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/make-current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a stored release the current one of its dataset (admin)
         * @description Switches the dataset to this release (held, or an earlier release kept as history) in one transaction, with an audit row. The call is the confirmation: `confirmed` lists what the release lacks against the one it replaces (fewer values, areas or years, older, cut short, rows with errors). 409 when the release is still running or failed.
         */
        post: operations["makeCurrentImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicator catalogue
         * @description Every indicator in the store with its unit, source and licence, ordered by code. `format=csv` or `Accept: text/csv` answers CSV.
         */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's series
         * @description Values of one country-shaped indicator for a country, or of all of them when `indicator` is absent, from current releases, ordered by indicator, sex, age and period, with their provenance. `format=csv` (or `Accept: text/csv`) answers CSV, `format=sdmx-csv` SDMX-CSV 1.0.
         */
        get: operations["getSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bilateral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A corridor's bilateral values
         * @description Values of bilateral indicators (migrant stock by origin and destination, refugees, remittance estimates, corridor costs) from `origin` to `destination`, from current releases, with their provenance. Ask again with origin and destination swapped for the other direction. Formats as for `/api/v1/series`.
         */
        get: operations["getBilateral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Themes, sectors, SDGs and targets, Global Compact objectives */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation sent to your address: you join the process with its role */
        post: operations["acceptProcessInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation sent to your address */
        post: operations["declineProcessInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations to processes sent to your address, waiting for your answer */
        get: operations["listMyProcessInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Processes you may see: all public ones, and private ones you belong to */
        get: operations["listProcesses"];
        put?: never;
        /** Start a process (you become its owner) */
        post: operations["createProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One process */
        get: operations["getProcess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a process's settings (owners); send the version you read */
        patch: operations["updateProcess"];
        trace?: never;
    };
    "/api/v1/processes/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The six stages of a process, with their deliverables */
        get: operations["listProcessStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/stages/{stageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stage of a process, with its deliverables */
        get: operations["getProcessStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a stage's status, dates or notes (owners and members); send the version you read */
        patch: operations["updateProcessStage"];
        trace?: never;
    };
    "/api/v1/processes/{id}/body": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coordinating body: mandate, members, whole-of-government map */
        get: operations["getProcessBody"];
        /** Replace the coordinating body, its members and map (owners and members) */
        put: operations["setProcessBody"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a process and their roles (owners) */
        get: operations["listProcessMembers"];
        put?: never;
        /** Invite a person by email (202: an invitation they accept or decline) or list an organisation (201; owners) */
        post: operations["createProcessMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations of a process waiting for an answer (owners) */
        get: operations["listProcessInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/members/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (owners); the last owner cannot be removed */
        delete: operations["deleteProcessMember"];
        options?: never;
        head?: never;
        /** Change a member's role (owners); the last owner stays an owner */
        patch: operations["updateProcessMember"];
        trace?: never;
    };
    "/api/v1/processes/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's actions, by id, with filters and cursor paging */
        get: operations["listProcessActions"];
        put?: never;
        /** Add an action to the plan (owners, members, admins) */
        post: operations["createProcessAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One action */
        get: operations["getProcessAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action; send the `version` you read (409 when someone saved since) */
        patch: operations["updateProcessAction"];
        trace?: never;
    };
    "/api/v1/processes/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's indicators with baseline, targets and progress, by id, cursor paging */
        get: operations["listProcessIndicators"];
        put?: never;
        /** Add an indicator with its baseline and targets (owners, members, admins) */
        post: operations["createProcessIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator with its targets and progress */
        get: operations["getProcessIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an indicator; send the `version` you read (409 when stale). Unit and disaggregation are fixed once values exist */
        patch: operations["updateProcessIndicator"];
        trace?: never;
    };
    "/api/v1/processes/{id}/indicators/{indicatorId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reported values of an indicator, by period and group */
        get: operations["listProcessIndicatorValues"];
        put?: never;
        /** Report one value; a locked year answers 409, an existing period and group 409 too */
        post: operations["createProcessIndicatorValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every reported value of a process’s indicators, by id, cursor paging; filter by indicator or year */
        get: operations["listProcessValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/indicators/{indicatorId}/values/{valueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a reported value, its source or date; a locked year or a stale version answers 409 */
        patch: operations["updateProcessIndicatorValue"];
        trace?: never;
    };
    "/api/v1/processes/{id}/indicators/values:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report many indicator values at once (JSON rows, or a CSV / XLSX body); `dryRun=true` only checks */
        post: operations["bulkCreateProcessIndicatorValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/actions:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update the status and progress of many actions at once; `dryRun=true` only checks */
        post: operations["bulkCreateProcessActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's consultations (drafts only for the process team), newest first */
        get: operations["listProcessConsultations"];
        put?: never;
        /** Write a consultation as a draft, its sections in order (owners and members) */
        post: operations["createProcessConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations/{cid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consultation: its sections with support and objection counts and the visible comments */
        get: operations["getProcessConsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations/{cid}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a draft for comments (owners and members); it needs sections, and invitations if invitation-only */
        post: operations["openProcessConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations/{cid}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open consultation with a summary of what changed (owners); it stays readable */
        post: operations["closeProcessConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations/{cid}/sections/{sid}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a section of an open consultation
         * @description Open to any signed-in user for a public consultation, and to the people of the invited organisations (and the process team) for an invitation-only one. A closed consultation answers 409 ConsultationClosed.
         */
        post: operations["createProcessConsultationSectionComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/consultations/{cid}/sections/{sid}/stance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Support or object to a section (one stance per person; `none` withdraws it) */
        put: operations["setProcessConsultationSectionStance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lessons learned by all public processes, newest first, filterable by theme and country */
        get: operations["listLessons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's lessons learned, in the order recorded */
        get: operations["listProcessLessons"];
        put?: never;
        /** Add a lesson to a process's log (process owners and members) */
        post: operations["createProcessLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/lessons/{lid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lesson of a process */
        get: operations["getProcessLesson"];
        /** Replace a lesson; a stale `version` answers 409 */
        put: operations["setProcessLesson"];
        post?: never;
        /** Delete a lesson (owners and members) */
        delete: operations["deleteProcessLesson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List practices, newest published first, filtered like the catalogue */
        get: operations["listPractices"];
        put?: never;
        /** Write up a practice (a draft of its author) */
        post: operations["createPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One practice with its evidence, partners and review summary */
        get: operations["getPractice"];
        /** Save a new version of a practice (its author while a draft or returned; moderators) */
        put: operations["setPractice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A practice's peer reviews: all of them for moderators and reviewers who submitted theirs, else one's own */
        get: operations["listPracticeReviews"];
        put?: never;
        /** Submit one's own review of a practice (assigned reviewers without a conflict) */
        post: operations["createPracticeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls for practices, latest closing first */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call for practices */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow step: submit (as on the practice's page) */
        post: operations["submitPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow step: answer (as on the practice's page) */
        post: operations["answerPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow step: return (as on the practice's page) */
        post: operations["returnPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Workflow step: publish (as on the practice's page) */
        post: operations["publishPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklist-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List checklist templates (sector checklists and governance domains) */
        get: operations["listChecklistTemplates"];
        put?: never;
        /**
         * Import a checklist template (admins): a new template, or the next version of the one with its key
         * @description The body is a template document, as GET /api/v1/checklist-templates/{id} returns it. Problems answer 422 with each path and what to fix; nothing is saved.
         */
        post: operations["createChecklistTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklist-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One checklist template as a JSON document (the current version, or ?version=n) */
        get: operations["getChecklistTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's assessment rounds, newest first, with their overall score and gap count */
        get: operations["listProcessAssessments"];
        put?: never;
        /** Start the next round with the current versions of the chosen checklists (members of the process) */
        post: operations["createProcessAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment round: its templates, every item with its score, and the score per sector */
        get: operations["getProcessAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/{id}/assessments/{assessmentId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score one item (members of the process). A stale version answers 409 with the saved item. */
        put: operations["setProcessAssessmentItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List guidance notes, handbooks and sector checklists, by title */
        get: operations["listGuidance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guidance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One guidance document with its languages, themes and sectors, and its versions */
        get: operations["getGuidance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published courses, by title */
        get: operations["listCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course: its modules, lessons and quizzes (never the answers), and the caller's progress */
        get: operations["getCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own progress in a course (404 when not enrolled) */
        get: operations["getMyCourseProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a course certificate by the code of its public link */
        get: operations["verifyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{type}/{owner}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents of one record (a lesson, a practice…), newest first */
        get: operations["listRecordDocuments"];
        put?: never;
        /** Add a document to a record: the file is the request body, its name in `name` */
        post: operations["addRecordDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document’s description */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** Remove a document (whoever may change its record) */
        delete: operations["removeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document’s file, as stored */
        get: operations["getDocumentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /**
             * Format: uri
             * @description A page on this instance describing the problem type
             */
            type: string;
            title: string;
            status: number;
            /** @description The problem type in one word, e.g. `ValidationFailed` */
            code?: string;
            /** @description What went wrong, in the reader's language */
            detail?: string;
            instance?: string;
            errors?: {
                pointer?: string;
                detail?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCountries: {
        parameters: {
            query?: {
                /** @description UN M49 region code (002, 019, 142, 150, 009) */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            alpha3: string;
                            alpha2: string;
                            m49: string;
                            /** @description Name in the language of the request */
                            name: string;
                            nameEn: string;
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            subregion: {
                                code: string;
                                name: string;
                            } | null;
                            unMember: boolean;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 code, e.g. BGD */
                alpha3: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alpha3: string;
                        alpha2: string;
                        m49: string;
                        /** @description Name in the language of the request */
                        name: string;
                        nameEn: string;
                        region: {
                            code: string;
                            name: string;
                        } | null;
                        subregion: {
                            code: string;
                            name: string;
                        } | null;
                        unMember: boolean;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "moderator" | "user";
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            /** @description The first characters of the token, to tell tokens apart */
                            prefix: string;
                            /**
                             * @description `read`: GET and HEAD only; `read-write`: every method
                             * @enum {string}
                             */
                            scope: "read" | "read-write";
                            /** @description ISO 8601, UTC */
                            createdAt: string;
                            /** @description ISO 8601, UTC: when the token stops working; null: never */
                            expiresAt: string | null;
                            /** @description ISO 8601, UTC, to the minute; null when never used */
                            lastUsedAt: string | null;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Only this type */
                type?: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                /** @description Only organisations based in this country (ISO alpha-3) */
                country?: string;
                /** @description Text found in the name or acronym */
                q?: string;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description Page size (1–200, default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            acronym: string | null;
                            /** @enum {string} */
                            type: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                            /** @description The type in the language of the request */
                            typeLabel: string;
                            /** @description ISO alpha-3, or null when international */
                            country: string | null;
                            countryName: string | null;
                            website: string | null;
                            description: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Full official name (required, up to 200 characters) */
                    name: string;
                    /** @description Short name, up to 20 characters */
                    acronym?: string | null;
                    /**
                     * @description Kind of organisation
                     * @enum {string}
                     */
                    type: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                    /** @description ISO 3166-1 alpha-3 code of the country where it is based; null when international */
                    country?: string | null;
                    /** @description Web address starting with http:// or https:// (up to 500 characters) */
                    website?: string | null;
                    /** @description What the organisation does, up to 5,000 characters */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        acronym: string | null;
                        /** @enum {string} */
                        type: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                        /** @description The type in the language of the request */
                        typeLabel: string;
                        /** @description ISO alpha-3, or null when international */
                        country: string | null;
                        countryName: string | null;
                        website: string | null;
                        description: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        memberCount: number;
                        /** @description What the caller may do with this organisation */
                        can: {
                            viewMembers: boolean;
                            edit: boolean;
                            manageMembers: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        acronym: string | null;
                        /** @enum {string} */
                        type: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                        /** @description The type in the language of the request */
                        typeLabel: string;
                        /** @description ISO alpha-3, or null when international */
                        country: string | null;
                        countryName: string | null;
                        website: string | null;
                        description: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        memberCount: number;
                        /** @description What the caller may do with this organisation */
                        can: {
                            viewMembers: boolean;
                            edit: boolean;
                            manageMembers: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Full official name (required, up to 200 characters) */
                    name?: string;
                    /** @description Short name, up to 20 characters */
                    acronym?: string | null;
                    /**
                     * @description Kind of organisation
                     * @enum {string}
                     */
                    type?: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                    /** @description ISO 3166-1 alpha-3 code of the country where it is based; null when international */
                    country?: string | null;
                    /** @description Web address starting with http:// or https:// (up to 500 characters) */
                    website?: string | null;
                    /** @description What the organisation does, up to 5,000 characters */
                    description?: string | null;
                    /** @description The `version` you last read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        acronym: string | null;
                        /** @enum {string} */
                        type: "national-government" | "local-government" | "un-agency" | "civil-society" | "migrant-diaspora" | "private-sector" | "social-partner" | "donor" | "academia";
                        /** @description The type in the language of the request */
                        typeLabel: string;
                        /** @description ISO alpha-3, or null when international */
                        country: string | null;
                        countryName: string | null;
                        website: string | null;
                        description: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        memberCount: number;
                        /** @description What the caller may do with this organisation */
                        can: {
                            viewMembers: boolean;
                            edit: boolean;
                            manageMembers: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisationMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "editor" | "member";
                            /** @description The role in the language of the request */
                            roleLabel: string;
                            /** @description When they joined (ISO 8601) */
                            since: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                /** @description Only programmes with this status */
                status?: "planned" | "active" | "completed";
                /** @description Only programmes covering this country (ISO 3166-1 alpha-3) */
                country?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            title: string;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "planned" | "active" | "completed";
                            /** @description ISO 8601 date: year, month or day precision */
                            startDate: string | null;
                            endDate: string | null;
                            budget: {
                                /** @description Minor units of the currency (cents; yen have none) */
                                amountMinor: number;
                                currency: string;
                            } | null;
                            leadOrganisation: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            };
                            countries: {
                                alpha3: string;
                                name: string;
                            }[];
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Programme id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        shortName: string | null;
                        /** @enum {string} */
                        status: "planned" | "active" | "completed";
                        /** @description ISO 8601 date: year, month or day precision */
                        startDate: string | null;
                        endDate: string | null;
                        budget: {
                            /** @description Minor units of the currency (cents; yen have none) */
                            amountMinor: number;
                            currency: string;
                        } | null;
                        leadOrganisation: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        };
                        countries: {
                            alpha3: string;
                            name: string;
                        }[];
                        summary: string | null;
                        participants: {
                            organisation: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            };
                            /** @enum {string} */
                            role: "lead" | "implementing-partner" | "donor" | "partner";
                        }[];
                        outputs: {
                            number: number;
                            text: string;
                        }[];
                        lessons: {
                            label: string;
                            text: string;
                            theme: ("coordinating-body" | "political-buy-in" | "stakeholder-consultation" | "destination-dialogue" | "synergies" | "handbook" | "capacity-strengthening" | "other") | null;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        /** @description What the caller may do with this programme */
                        actions: {
                            update: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Only events still to come (or under way), or only past ones */
                when?: "upcoming" | "past";
                kind?: "workshop" | "roundtable" | "session" | "competition" | "other";
                /** @description Only events held in this country (ISO 3166-1 alpha-3) */
                country?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "workshop" | "roundtable" | "session" | "competition" | "other";
                            /** @description ISO 8601 date: year, month or day precision */
                            startDate: string;
                            endDate: string | null;
                            location: {
                                city: string | null;
                                country: {
                                    alpha3: string;
                                    name: string;
                                } | null;
                            } | null;
                            /** @description The event this one is part of */
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        /** @enum {string} */
                        kind: "workshop" | "roundtable" | "session" | "competition" | "other";
                        /** @description ISO 8601 date: year, month or day precision */
                        startDate: string;
                        endDate: string | null;
                        location: {
                            city: string | null;
                            country: {
                                alpha3: string;
                                name: string;
                            } | null;
                        } | null;
                        /** @description The event this one is part of */
                        parent: {
                            id: string;
                            title: string;
                        } | null;
                        summary: string | null;
                        participants: {
                            count: number;
                            approximate: boolean;
                        } | null;
                        organisers: {
                            organisation: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            };
                            /** @enum {string} */
                            role: "chair" | "co-chair" | "organiser" | "collaborator" | "contributor" | "supporter";
                        }[];
                        items: {
                            /** @enum {string} */
                            type: "key-issue" | "outcome" | "recommendation";
                            text: string;
                        }[];
                        programme: {
                            id: string;
                            title: string;
                        } | null;
                        submissions: {
                            photos: number | null;
                            videos: number | null;
                        } | null;
                        /** @description Events within this one (sessions of a roundtable) */
                        parts: {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "workshop" | "roundtable" | "session" | "competition" | "other";
                            /** @description ISO 8601 date: year, month or day precision */
                            startDate: string;
                            endDate: string | null;
                            location: {
                                city: string | null;
                                country: {
                                    alpha3: string;
                                    name: string;
                                } | null;
                            } | null;
                            /** @description The event this one is part of */
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        actions: {
                            update: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Only users in this state: pending, active or deactivated */
                status?: "pending" | "active" | "deactivated";
                /** @description Only users with this platform role */
                role?: "admin" | "moderator" | "user";
                /** @description Text contained in the name or email address, any case (at most 100 characters) */
                q?: string;
                /** @description Order by creation date (default) or name */
                sort?: "created" | "name";
                /** @description Direction; default newest first, or A to Z for names */
                dir?: "asc" | "desc";
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "moderator" | "user";
                            /** @enum {string} */
                            status: "pending" | "active" | "deactivated";
                            /** @description ISO 8601 */
                            createdAt: string;
                            /** @description ISO 8601 */
                            updatedAt: string;
                            approvedAt: string | null;
                            /** @description Id of the admin who approved the account */
                            approvedBy: string | null;
                            /** @description Send it back with any change: see the `version` field of requests */
                            version: number;
                            /** @description What the caller may do with this user now */
                            actions: ("approve" | "deactivate" | "reactivate" | "changeRole" | "resetPassword")[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "moderator" | "user";
                        /** @enum {string} */
                        status: "pending" | "active" | "deactivated";
                        /** @description ISO 8601 */
                        createdAt: string;
                        /** @description ISO 8601 */
                        updatedAt: string;
                        approvedAt: string | null;
                        /** @description Id of the admin who approved the account */
                        approvedBy: string | null;
                        /** @description Send it back with any change: see the `version` field of requests */
                        version: number;
                        /** @description What the caller may do with this user now */
                        actions: ("approve" | "deactivate" | "reactivate" | "changeRole" | "resetPassword")[];
                        /** @description Open browser sessions */
                        sessions: number;
                        memberships: {
                            organisationId: string;
                            organisationName: string;
                            role: string;
                            since: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
        };
    };
    approveUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required. The `version` of the user as you last read it (GET /api/v1/users/{id}). If the user changed since, the answer is 409 VersionConflict and nothing changes: read the user again, decide again, and retry with the new version. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "moderator" | "user";
                        /** @enum {string} */
                        status: "pending" | "active" | "deactivated";
                        /** @description ISO 8601 */
                        createdAt: string;
                        /** @description ISO 8601 */
                        updatedAt: string;
                        approvedAt: string | null;
                        /** @description Id of the admin who approved the account */
                        approvedBy: string | null;
                        /** @description Send it back with any change: see the `version` field of requests */
                        version: number;
                        /** @description What the caller may do with this user now */
                        actions: ("approve" | "deactivate" | "reactivate" | "changeRole" | "resetPassword")[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required. The `version` of the user as you last read it (GET /api/v1/users/{id}). If the user changed since, the answer is 409 VersionConflict and nothing changes: read the user again, decide again, and retry with the new version. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "moderator" | "user";
                        /** @enum {string} */
                        status: "pending" | "active" | "deactivated";
                        /** @description ISO 8601 */
                        createdAt: string;
                        /** @description ISO 8601 */
                        updatedAt: string;
                        approvedAt: string | null;
                        /** @description Id of the admin who approved the account */
                        approvedBy: string | null;
                        /** @description Send it back with any change: see the `version` field of requests */
                        version: number;
                        /** @description What the caller may do with this user now */
                        actions: ("approve" | "deactivate" | "reactivate" | "changeRole" | "resetPassword")[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        /** @description A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin… */
                        code: string;
                        detail: string;
                        instance: string;
                    };
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                cursor?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            dataset: {
                                code: string;
                                title: string;
                            };
                            label: string;
                            fileName: string;
                            kind: string;
                            /** @enum {string} */
                            status: "running" | "complete" | "failed" | "held";
                            isCurrent: boolean;
                            progress: number | null;
                            rowsRead: number;
                            valuesStored: number;
                            skipped: number;
                            startedAt: string;
                            finishedAt: string | null;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query: {
                kind: "undesa" | "wdi" | "knomad" | "matrix" | "rpw" | "unhcr" | "generic";
                release?: string;
                indicator?: string;
                rows?: "origin" | "destination";
                period?: string;
                sheet?: string;
                dataset?: string;
                columns?: string;
                keepPartial?: boolean;
                dryRun?: boolean;
                publisher?: string;
                replace?: boolean;
                acceptErrors?: boolean;
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        /**
                         * @description `unchanged`: this file is the current release; `restored`: it was stored but not current and is current again; `not-current`: it is stored but stays not current until confirmed (see `held`)
                         * @enum {string}
                         */
                        status: "running" | "unchanged" | "restored" | "not-current" | "dry-run";
                        held?: {
                            /** @enum {string} */
                            code: "ends-mid-row" | "fewer-values" | "fewer-areas" | "fewer-years" | "older" | "row-errors";
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                            /**
                             * @description The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)
                             * @enum {string}
                             */
                            confirmWith: "replace" | "acceptErrors";
                        }[];
                        rowsRead?: number;
                        valuesStored?: number;
                        skipped?: number;
                        reasons?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                        /**
                         * @description `unchanged`: this file is the current release; `restored`: it was stored but not current and is current again; `not-current`: it is stored but stays not current until confirmed (see `held`)
                         * @enum {string}
                         */
                        status: "running" | "unchanged" | "restored" | "not-current" | "dry-run";
                        held?: {
                            /** @enum {string} */
                            code: "ends-mid-row" | "fewer-values" | "fewer-areas" | "fewer-years" | "older" | "row-errors";
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                            /**
                             * @description The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)
                             * @enum {string}
                             */
                            confirmWith: "replace" | "acceptErrors";
                        }[];
                        rowsRead?: number;
                        valuesStored?: number;
                        skipped?: number;
                        reasons?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `ImportFailed` (the file cannot be read), `EmptyFile`, or `ValidationFailed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        /** @description `ImportFailed`: why the file could not be read, and where */
                        failure?: {
                            code: string;
                            line?: number;
                            cell?: string;
                            values: {
                                [key: string]: string | number;
                            };
                        } | null;
                        /** @description `ValidationFailed`: what to change, parameter by parameter */
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dataset: {
                            code: string;
                            title: string;
                        };
                        label: string;
                        fileName: string;
                        kind: string;
                        /** @enum {string} */
                        status: "running" | "complete" | "failed" | "held";
                        isCurrent: boolean;
                        progress: number | null;
                        rowsRead: number;
                        valuesStored: number;
                        skipped: number;
                        startedAt: string;
                        finishedAt: string | null;
                        sha256: string;
                        valuesMissing: number;
                        reasons: {
                            [key: string]: number;
                        };
                        failure: {
                            code: string;
                            line?: number;
                            cell?: string;
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                        } | null;
                        entries: {
                            file: string;
                            line?: number;
                            cell?: string;
                            reason: string;
                            values?: {
                                [key: string]: string | number;
                            };
                            message: string;
                        }[];
                        entriesCapped: boolean;
                        /** @description The publisher this release credits (the file’s, or the one given) */
                        publisher: string;
                        /** @description Why the release was not made current (status `held`) */
                        held: {
                            /** @enum {string} */
                            code: "ends-mid-row" | "fewer-values" | "fewer-areas" | "fewer-years" | "older" | "row-errors";
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                            /**
                             * @description The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)
                             * @enum {string}
                             */
                            confirmWith: "replace" | "acceptErrors";
                        }[];
                        /** @description What was confirmed when it was made current */
                        confirmed: {
                            /** @enum {string} */
                            code: "ends-mid-row" | "fewer-values" | "fewer-areas" | "fewer-years" | "older" | "row-errors";
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                            /**
                             * @description The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)
                             * @enum {string}
                             */
                            confirmWith: "replace" | "acceptErrors";
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makeCurrentImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        label: string;
                        /** @enum {boolean} */
                        isCurrent: true;
                        /** @description False when it was already current */
                        changed: boolean;
                        previous: {
                            id: string;
                            label: string;
                        } | null;
                        confirmed: {
                            /** @enum {string} */
                            code: "ends-mid-row" | "fewer-values" | "fewer-areas" | "fewer-years" | "older" | "row-errors";
                            values: {
                                [key: string]: string | number;
                            };
                            message: string;
                            /**
                             * @description The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)
                             * @enum {string}
                             */
                            confirmWith: "replace" | "acceptErrors";
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                /** @description Only indicators of this shape */
                shape?: "country" | "bilateral";
                /** @description Answer format; without it, `Accept: text/csv` gives CSV, otherwise JSON */
                format?: "json" | "csv" | "sdmx-csv";
                /** @description Rows per page (1–10,000) */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            /** @description Name in the language of the request */
                            name: string;
                            names: {
                                en: string;
                                fr: string;
                                es: string;
                                ar: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            shape: "country" | "bilateral";
                            source: string;
                            licence: string;
                            definition: string;
                            sdg: string | null;
                            /** @description Set for indicators a country defines itself */
                            ownerCountry: string | null;
                        }[];
                        /** @description Cursor of the next page, or null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeries: {
        parameters: {
            query: {
                /** @description ISO 3166-1 alpha-3 code, or an aggregate such as `AGG:WLD` */
                country: string;
                /** @description One indicator; all country indicators when absent */
                indicator?: string;
                /** @description First period, inclusive: `2015` or `2015-Q1` */
                from?: string;
                /** @description Last period, inclusive: `2020` or `2020-Q4` */
                to?: string;
                /** @description SDMX sex code: `_T` total, `F`, `M` */
                sex?: "_T" | "F" | "M";
                /** @description Answer format; without it, `Accept: text/csv` gives CSV, otherwise JSON */
                format?: "json" | "csv" | "sdmx-csv";
                /** @description Rows per page (1–10,000) */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            country: string;
                            indicator: string;
                            sex: string;
                            age: string;
                            period: string;
                            value: number;
                            unit: string;
                            /** @description Title of the dataset the value comes from */
                            dataset: string;
                            /** @description Who published the dataset (the file’s own publisher, or the one given on import) */
                            publisher: string;
                            /** @description Release of the dataset, as its publisher names it */
                            release: string;
                            /** @description Line or row of the value in the imported file */
                            sourceRow: number | null;
                        }[];
                        /** @description Cursor of the next page, or null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilateral: {
        parameters: {
            query: {
                /** @description Origin (sending) country, ISO alpha-3 */
                origin: string;
                /** @description Destination (receiving) country, ISO alpha-3 */
                destination: string;
                /** @description One bilateral indicator; all of them when absent */
                indicator?: string;
                from?: string;
                to?: string;
                sex?: "_T" | "F" | "M";
                /** @description Answer format; without it, `Accept: text/csv` gives CSV, otherwise JSON */
                format?: "json" | "csv" | "sdmx-csv";
                /** @description Rows per page (1–10,000) */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            origin: string;
                            destination: string;
                            indicator: string;
                            sex: string;
                            age: string;
                            period: string;
                            value: number;
                            unit: string;
                            /** @description Title of the dataset the value comes from */
                            dataset: string;
                            /** @description Who published the dataset (the file’s own publisher, or the one given on import) */
                            publisher: string;
                            /** @description Release of the dataset, as its publisher names it */
                            release: string;
                            /** @description Line or row of the value in the imported file */
                            sourceRow: number | null;
                        }[];
                        /** @description Cursor of the next page, or null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: {
                /** @description Only the terms of one scheme */
                scheme?: "theme" | "sector" | "sdg" | "gcm";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description `<scheme>:<code>`, e.g. `sdg:10.7`, `gcm:19`, `theme:data` */
                            id: string;
                            /** @enum {string} */
                            scheme: "theme" | "sector" | "sdg" | "gcm";
                            code: string;
                            /** @description The goal of an SDG target; null otherwise */
                            parentId: string | null;
                            /** @description Name in the language of the request */
                            name: string;
                            /** @description Short label: "SDG 10.7", "GCM 19", or the name */
                            short: string;
                            /** @description Full label */
                            label: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptProcessInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Answered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    declineProcessInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Answered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listMyProcessInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            processTitle: string;
                            /** @enum {string} */
                            role: "owner" | "member" | "observer";
                            invitedBy: string | null;
                            createdAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listProcesses: {
        parameters: {
            query?: {
                /** @description ISO alpha-3 code */
                country?: string;
                level?: "national" | "local";
                /** @description A taxonomy term id; an SDG also matches its targets */
                tag?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            title: string;
                            country: {
                                alpha3: string;
                                name: string;
                            };
                            /** @description Set for a local process */
                            area: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "district" | "city" | "other";
                                parentId: string | null;
                            } | null;
                            /** @enum {string} */
                            level: "national" | "local";
                            planName: string;
                            periodStart: string | null;
                            periodEnd: string | null;
                            leadOrganisation: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "public" | "private";
                            summary: string | null;
                            tags: {
                                id: string;
                                short: string;
                                label: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                            /** @description Your role in the process; null when you have none */
                            role: ("owner" | "member" | "observer") | null;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createProcess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Title of the process */
                    title: string;
                    /** @description ISO 3166-1 alpha-3 code of the country */
                    countryAlpha3: string;
                    /** @description An existing sub-national area of that country (a local process) */
                    areaId?: string;
                    /** @description The development plan or strategy migration is mainstreamed into */
                    planName: string;
                    /** @description A date, YYYY-MM-DD */
                    periodStart?: string;
                    /** @description A date after periodStart */
                    periodEnd?: string;
                    /** @description The lead organisation (an organisation id) */
                    leadOrganisationId?: string;
                    /**
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "private";
                    summary?: string;
                    /** @description Creates a sub-national area instead of using areaId */
                    newArea?: {
                        name: string;
                        /** @enum {string} */
                        level: "province" | "district" | "city" | "other";
                        /** @description The area it sits in */
                        parentId?: string;
                    };
                    /**
                     * @description Taxonomy term ids, e.g. sdg:10.7
                     * @default []
                     */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        country: {
                            alpha3: string;
                            name: string;
                        };
                        /** @description Set for a local process */
                        area: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "district" | "city" | "other";
                            parentId: string | null;
                        } | null;
                        /** @enum {string} */
                        level: "national" | "local";
                        planName: string;
                        periodStart: string | null;
                        periodEnd: string | null;
                        leadOrganisation: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        summary: string | null;
                        tags: {
                            id: string;
                            short: string;
                            label: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        /** @description Your role in the process; null when you have none */
                        role: ("owner" | "member" | "observer") | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        country: {
                            alpha3: string;
                            name: string;
                        };
                        /** @description Set for a local process */
                        area: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "district" | "city" | "other";
                            parentId: string | null;
                        } | null;
                        /** @enum {string} */
                        level: "national" | "local";
                        planName: string;
                        periodStart: string | null;
                        periodEnd: string | null;
                        leadOrganisation: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        summary: string | null;
                        tags: {
                            id: string;
                            short: string;
                            label: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        /** @description Your role in the process; null when you have none */
                        role: ("owner" | "member" | "observer") | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                    /** @description Title of the process */
                    title?: string;
                    countryAlpha3?: string;
                    /** @description null makes it national */
                    areaId?: string | null;
                    newArea?: {
                        name: string;
                        /** @enum {string} */
                        level: "province" | "district" | "city" | "other";
                        /** @description The area it sits in */
                        parentId?: string;
                    };
                    /** @description The development plan or strategy migration is mainstreamed into */
                    planName?: string;
                    periodStart?: string | null;
                    periodEnd?: string | null;
                    leadOrganisationId?: string | null;
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    summary?: string | null;
                    /** @description Taxonomy term ids, e.g. sdg:10.7 */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        country: {
                            alpha3: string;
                            name: string;
                        };
                        /** @description Set for a local process */
                        area: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "district" | "city" | "other";
                            parentId: string | null;
                        } | null;
                        /** @enum {string} */
                        level: "national" | "local";
                        planName: string;
                        periodStart: string | null;
                        periodEnd: string | null;
                        leadOrganisation: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "public" | "private";
                        summary: string | null;
                        tags: {
                            id: string;
                            short: string;
                            label: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        /** @description Your role in the process; null when you have none */
                        role: ("owner" | "member" | "observer") | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listProcessStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            kind: "preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring";
                            position: number;
                            name: string;
                            /** @enum {string} */
                            status: "not-started" | "in-progress" | "completed" | "on-hold";
                            startDate: string | null;
                            endDate: string | null;
                            notes: string | null;
                            deliverables: {
                                id: string;
                                title: string;
                                url: string | null;
                                note: string | null;
                                createdAt: string;
                            }[];
                            version: number;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getProcessStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring";
                        position: number;
                        name: string;
                        /** @enum {string} */
                        status: "not-started" | "in-progress" | "completed" | "on-hold";
                        startDate: string | null;
                        endDate: string | null;
                        notes: string | null;
                        deliverables: {
                            id: string;
                            title: string;
                            url: string | null;
                            note: string | null;
                            createdAt: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateProcessStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                    /** @enum {string} */
                    status?: "not-started" | "in-progress" | "completed" | "on-hold";
                    startDate?: string | null;
                    endDate?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring";
                        position: number;
                        name: string;
                        /** @enum {string} */
                        status: "not-started" | "in-progress" | "completed" | "on-hold";
                        startDate: string | null;
                        endDate: string | null;
                        notes: string | null;
                        deliverables: {
                            id: string;
                            title: string;
                            url: string | null;
                            note: string | null;
                            createdAt: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getProcessBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null until the body is first saved */
                        name: string | null;
                        kind: ("planning-commission" | "prime-ministers-office" | "ministry" | "inter-ministerial-committee" | "other") | null;
                        mandate: string | null;
                        members: {
                            id: string;
                            organisation: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            role: "chair" | "member" | "secretariat" | "observer";
                        }[];
                        government: {
                            id: string;
                            organisation: {
                                id: string;
                                name: string;
                            } | null;
                            ministryName: string | null;
                            name: string;
                            national: {
                                takesPart: boolean;
                                note: string | null;
                            };
                            regional: {
                                takesPart: boolean;
                                note: string | null;
                            };
                            local: {
                                takesPart: boolean;
                                note: string | null;
                            };
                        }[];
                        /** @description 0 until the body is first saved */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    setProcessBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read (0 when the process has no body yet) */
                    version: number;
                    name: string;
                    /** @enum {string} */
                    kind: "planning-commission" | "prime-ministers-office" | "ministry" | "inter-ministerial-committee" | "other";
                    mandate?: string | null;
                    /** @default [] */
                    members?: {
                        organisationId: string;
                        /** @enum {string} */
                        role: "chair" | "member" | "secretariat" | "observer";
                    }[];
                    /** @default [] */
                    government?: {
                        organisationId?: string | null;
                        ministryName?: string | null;
                        national: {
                            takesPart: boolean;
                            note?: string | null;
                        };
                        regional: {
                            takesPart: boolean;
                            note?: string | null;
                        };
                        local: {
                            takesPart: boolean;
                            note?: string | null;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null until the body is first saved */
                        name: string | null;
                        kind: ("planning-commission" | "prime-ministers-office" | "ministry" | "inter-ministerial-committee" | "other") | null;
                        mandate: string | null;
                        members: {
                            id: string;
                            organisation: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            role: "chair" | "member" | "secretariat" | "observer";
                        }[];
                        government: {
                            id: string;
                            organisation: {
                                id: string;
                                name: string;
                            } | null;
                            ministryName: string | null;
                            name: string;
                            national: {
                                takesPart: boolean;
                                note: string | null;
                            };
                            regional: {
                                takesPart: boolean;
                                note: string | null;
                            };
                            local: {
                                takesPart: boolean;
                                note: string | null;
                            };
                        }[];
                        /** @description 0 until the body is first saved */
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listProcessMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "organisation";
                            name: string;
                            /** @description Only shown to those who manage the process */
                            email: string | null;
                            /** @enum {string} */
                            role: "owner" | "member" | "observer";
                            /** @description For an organisation: how many people get its role (at most member) in the process; null for a person */
                            people: number | null;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createProcessMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description A person to invite: they join when they accept (the answer is the same whether the address has an account or not)
                     */
                    email?: string;
                    organisationId?: string;
                    /** @enum {string} */
                    role: "owner" | "member" | "observer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "organisation";
                        name: string;
                        /** @description Only shown to those who manage the process */
                        email: string | null;
                        /** @enum {string} */
                        role: "owner" | "member" | "observer";
                        /** @description For an organisation: how many people get its role (at most member) in the process; null for a person */
                        people: number | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "member" | "observer";
                        /** @enum {string} */
                        status: "pending";
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listProcessInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "member" | "observer";
                            /** @enum {string} */
                            status: "pending";
                            createdAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteProcessMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateProcessMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "member" | "observer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "organisation";
                        name: string;
                        /** @description Only shown to those who manage the process */
                        email: string | null;
                        /** @enum {string} */
                        role: "owner" | "member" | "observer";
                        /** @description For an organisation: how many people get its role (at most member) in the process; null for a person */
                        people: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail: string;
                        instance: string;
                        errors?: {
                            location: string;
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listProcessActions: {
        parameters: {
            query?: {
                /** @description Only actions with this status */
                status?: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                /** @description `true`: only overdue actions (end date past, not done or cancelled) */
                overdue?: "true" | "false";
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            title: string;
                            answers: string | null;
                            gapRef: string | null;
                            /** @description Where the assessment gap this action was made from is shown (set when made from a gap) */
                            gapHref: string | null;
                            responsibleOrganisation: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            } | null;
                            partners: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            }[];
                            startDate: string | null;
                            endDate: string | null;
                            budget: {
                                amountMinor: number;
                                currency: string;
                            } | null;
                            fundingSource: string | null;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                            progress: number;
                            stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                            tags: string[];
                            sharedWithPair: boolean;
                            /** @description End date past and neither done nor cancelled */
                            overdue: boolean;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What will be done */
                    title: string;
                    /**
                     * @description The gap or lesson it answers
                     * @default null
                     */
                    answers?: string | null;
                    /**
                     * @description A link reference to an assessment gap
                     * @default null
                     */
                    gapRef?: string | null;
                    /**
                     * @description Organisation id
                     * @default null
                     */
                    responsibleOrganisationId?: string | null;
                    /**
                     * @description Organisation ids
                     * @default []
                     */
                    partnerIds?: string[];
                    /**
                     * @description YYYY-MM-DD
                     * @default null
                     */
                    startDate?: string | null;
                    /**
                     * @description YYYY-MM-DD, on or after the start
                     * @default null
                     */
                    endDate?: string | null;
                    /** @default null */
                    budget?: {
                        /** @description The amount in the minor unit of the currency (cents for USD, none for JPY), 0 or more */
                        amountMinor: number;
                        /** @description ISO 4217 */
                        currency: string;
                    } | null;
                    /** @default null */
                    fundingSource?: string | null;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    status?: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                    /**
                     * @description Percent complete; a done action is 100
                     * @default 0
                     */
                    progress?: number;
                    /**
                     * @description The GMG stage it belongs to
                     * @default null
                     */
                    stage?: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                    /**
                     * @description Taxonomy term ids, e.g. `sdg:10.7`
                     * @default []
                     */
                    tags?: string[];
                    /**
                     * @description Shown read-only in the paired process
                     * @default false
                     */
                    sharedWithPair?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        answers: string | null;
                        gapRef: string | null;
                        /** @description Where the assessment gap this action was made from is shown (set when made from a gap) */
                        gapHref: string | null;
                        responsibleOrganisation: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        } | null;
                        partners: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        startDate: string | null;
                        endDate: string | null;
                        budget: {
                            amountMinor: number;
                            currency: string;
                        } | null;
                        fundingSource: string | null;
                        /** @enum {string} */
                        status: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                        progress: number;
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        tags: string[];
                        sharedWithPair: boolean;
                        /** @description End date past and neither done nor cancelled */
                        overdue: boolean;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Action id */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        answers: string | null;
                        gapRef: string | null;
                        /** @description Where the assessment gap this action was made from is shown (set when made from a gap) */
                        gapHref: string | null;
                        responsibleOrganisation: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        } | null;
                        partners: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        startDate: string | null;
                        endDate: string | null;
                        budget: {
                            amountMinor: number;
                            currency: string;
                        } | null;
                        fundingSource: string | null;
                        /** @enum {string} */
                        status: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                        progress: number;
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        tags: string[];
                        sharedWithPair: boolean;
                        /** @description End date past and neither done nor cancelled */
                        overdue: boolean;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProcessAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Action id */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What will be done */
                    title?: string;
                    /** @description The gap or lesson it answers */
                    answers?: string | null;
                    /** @description A link reference to an assessment gap */
                    gapRef?: string | null;
                    /** @description Organisation id */
                    responsibleOrganisationId?: string | null;
                    /** @description Organisation ids */
                    partnerIds?: string[];
                    /** @description YYYY-MM-DD */
                    startDate?: string | null;
                    /** @description YYYY-MM-DD, on or after the start */
                    endDate?: string | null;
                    budget?: {
                        /** @description The amount in the minor unit of the currency (cents for USD, none for JPY), 0 or more */
                        amountMinor: number;
                        /** @description ISO 4217 */
                        currency: string;
                    } | null;
                    fundingSource?: string | null;
                    /** @enum {string} */
                    status?: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                    /** @description Percent complete; a done action is 100 */
                    progress?: number;
                    /** @description The GMG stage it belongs to */
                    stage?: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                    /** @description Taxonomy term ids, e.g. `sdg:10.7` */
                    tags?: string[];
                    /** @description Shown read-only in the paired process */
                    sharedWithPair?: boolean;
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        answers: string | null;
                        gapRef: string | null;
                        /** @description Where the assessment gap this action was made from is shown (set when made from a gap) */
                        gapHref: string | null;
                        responsibleOrganisation: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        } | null;
                        partners: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        startDate: string | null;
                        endDate: string | null;
                        budget: {
                            amountMinor: number;
                            currency: string;
                        } | null;
                        fundingSource: string | null;
                        /** @enum {string} */
                        status: "planned" | "in-progress" | "done" | "delayed" | "cancelled";
                        progress: number;
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        tags: string[];
                        sharedWithPair: boolean;
                        /** @description End date past and neither done nor cancelled */
                        overdue: boolean;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessIndicators: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            name: string;
                            definition: string | null;
                            /** @enum {string} */
                            unit: "number" | "percent" | "persons" | "usd" | "local-currency" | "days" | "ratio" | "index";
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            /** @enum {string} */
                            disaggregation: "none" | "sex" | "age" | "sex-age";
                            baseline: {
                                value: number;
                                year: number;
                            } | null;
                            dataCode: string | null;
                            targets: {
                                year: number;
                                value: number;
                            }[];
                            tags: string[];
                            progress: {
                                latest: {
                                    period: string;
                                    value: number;
                                } | null;
                                target: {
                                    year: number;
                                    value: number;
                                } | null;
                                /** @description Share of the way from baseline to target, in percent */
                                percent: number | null;
                                /** @description Years with a target, ended, and no reported total */
                                missingYears: number[];
                            };
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    definition?: string | null;
                    /** @description One of: number, percent, persons, usd, local-currency, days, ratio, index */
                    unit: string;
                    /**
                     * @description Which way is better
                     * @enum {string}
                     */
                    direction: "increase" | "decrease";
                    /**
                     * @default none
                     * @enum {string}
                     */
                    disaggregation?: "none" | "sex" | "age" | "sex-age";
                    /**
                     * @description The value before the plan, and its year
                     * @default null
                     */
                    baseline?: {
                        value: number;
                        year: number;
                    } | null;
                    /**
                     * @description An indicator code of the data module
                     * @default null
                     */
                    dataCode?: string | null;
                    /** @default [] */
                    targets?: {
                        year: number;
                        value: number;
                    }[];
                    /** @default [] */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        name: string;
                        definition: string | null;
                        /** @enum {string} */
                        unit: "number" | "percent" | "persons" | "usd" | "local-currency" | "days" | "ratio" | "index";
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /** @enum {string} */
                        disaggregation: "none" | "sex" | "age" | "sex-age";
                        baseline: {
                            value: number;
                            year: number;
                        } | null;
                        dataCode: string | null;
                        targets: {
                            year: number;
                            value: number;
                        }[];
                        tags: string[];
                        progress: {
                            latest: {
                                period: string;
                                value: number;
                            } | null;
                            target: {
                                year: number;
                                value: number;
                            } | null;
                            /** @description Share of the way from baseline to target, in percent */
                            percent: number | null;
                            /** @description Years with a target, ended, and no reported total */
                            missingYears: number[];
                        };
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Indicator id */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        name: string;
                        definition: string | null;
                        /** @enum {string} */
                        unit: "number" | "percent" | "persons" | "usd" | "local-currency" | "days" | "ratio" | "index";
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /** @enum {string} */
                        disaggregation: "none" | "sex" | "age" | "sex-age";
                        baseline: {
                            value: number;
                            year: number;
                        } | null;
                        dataCode: string | null;
                        targets: {
                            year: number;
                            value: number;
                        }[];
                        tags: string[];
                        progress: {
                            latest: {
                                period: string;
                                value: number;
                            } | null;
                            target: {
                                year: number;
                                value: number;
                            } | null;
                            /** @description Share of the way from baseline to target, in percent */
                            percent: number | null;
                            /** @description Years with a target, ended, and no reported total */
                            missingYears: number[];
                        };
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProcessIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Indicator id */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    definition?: string | null;
                    /** @description One of: number, percent, persons, usd, local-currency, days, ratio, index */
                    unit?: string;
                    /**
                     * @description Which way is better
                     * @enum {string}
                     */
                    direction?: "increase" | "decrease";
                    /** @enum {string} */
                    disaggregation?: "none" | "sex" | "age" | "sex-age";
                    /** @description The value before the plan, and its year */
                    baseline?: {
                        value: number;
                        year: number;
                    } | null;
                    /** @description An indicator code of the data module */
                    dataCode?: string | null;
                    targets?: {
                        year: number;
                        value: number;
                    }[];
                    tags?: string[];
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        name: string;
                        definition: string | null;
                        /** @enum {string} */
                        unit: "number" | "percent" | "persons" | "usd" | "local-currency" | "days" | "ratio" | "index";
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /** @enum {string} */
                        disaggregation: "none" | "sex" | "age" | "sex-age";
                        baseline: {
                            value: number;
                            year: number;
                        } | null;
                        dataCode: string | null;
                        targets: {
                            year: number;
                            value: number;
                        }[];
                        tags: string[];
                        progress: {
                            latest: {
                                period: string;
                                value: number;
                            } | null;
                            target: {
                                year: number;
                                value: number;
                            } | null;
                            /** @description Share of the way from baseline to target, in percent */
                            percent: number | null;
                            /** @description Years with a target, ended, and no reported total */
                            missingYears: number[];
                        };
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessIndicatorValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Indicator id */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            indicatorId: string;
                            period: string;
                            year: number;
                            /** @enum {string} */
                            sex: "_T" | "F" | "M";
                            /** @enum {string} */
                            age: "_T" | "Y0T14" | "Y15T24" | "Y25T54" | "Y55T64" | "Y_GE65";
                            value: number;
                            source: string | null;
                            reportedOn: string;
                            reportedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The year is locked: the value can no longer change */
                            locked: boolean;
                            version: number;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessIndicatorValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Indicator id */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `2020`, `2020-Q3` or `2020-07` */
                    period: string;
                    /**
                     * @description `_T` total, `F`, `M`
                     * @default _T
                     * @enum {string}
                     */
                    sex?: "_T" | "F" | "M";
                    /**
                     * @description `_T` all ages, or an age group
                     * @default _T
                     * @enum {string}
                     */
                    age?: "_T" | "Y0T14" | "Y15T24" | "Y25T54" | "Y55T64" | "Y_GE65";
                    value: number;
                    /** @default null */
                    source?: string | null;
                    /** @description YYYY-MM-DD; today when left out */
                    reportedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        indicatorId: string;
                        period: string;
                        year: number;
                        /** @enum {string} */
                        sex: "_T" | "F" | "M";
                        /** @enum {string} */
                        age: "_T" | "Y0T14" | "Y15T24" | "Y25T54" | "Y55T64" | "Y_GE65";
                        value: number;
                        source: string | null;
                        reportedOn: string;
                        reportedBy: {
                            id: string;
                            name: string;
                        } | null;
                        /** @description The year is locked: the value can no longer change */
                        locked: boolean;
                        version: number;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessValues: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1,000 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description Only the values of this indicator */
                indicator?: string;
                /** @description Only the values of this year */
                year?: number;
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            indicatorId: string;
                            period: string;
                            year: number;
                            /** @enum {string} */
                            sex: "_T" | "F" | "M";
                            /** @enum {string} */
                            age: "_T" | "Y0T14" | "Y15T24" | "Y25T54" | "Y55T64" | "Y_GE65";
                            value: number;
                            source: string | null;
                            reportedOn: string;
                            reportedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The year is locked: the value can no longer change */
                            locked: boolean;
                            version: number;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProcessIndicatorValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                /** @description Indicator id */
                indicatorId: string;
                /** @description Value id */
                valueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value?: number;
                    source?: string | null;
                    /** @description YYYY-MM-DD */
                    reportedOn?: string;
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        indicatorId: string;
                        period: string;
                        year: number;
                        /** @enum {string} */
                        sex: "_T" | "F" | "M";
                        /** @enum {string} */
                        age: "_T" | "Y0T14" | "Y15T24" | "Y25T54" | "Y55T64" | "Y_GE65";
                        value: number;
                        source: string | null;
                        reportedOn: string;
                        reportedBy: {
                            id: string;
                            name: string;
                        } | null;
                        /** @description The year is locked: the value can no longer change */
                        locked: boolean;
                        version: number;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkCreateProcessIndicatorValues: {
        parameters: {
            query?: {
                /** @description `true`: check every row and report, save nothing */
                dryRun?: "true" | "false";
                /** @description `valid-only`: save valid rows, skip the others; `all-or-nothing`: save nothing if any row has a problem */
                mode?: "valid-only" | "all-or-nothing";
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        /** @description The row number problems are reported with; its position when left out */
                        row?: number;
                        /** @description Indicator id or exact name */
                        indicator?: string | number;
                        /** @description `2020`, `2020-Q3` or `2020-07` */
                        period?: string | number;
                        /** @description `_T`/total (default), `F`/female, `M`/male */
                        sex?: string | number;
                        /** @description `_T` (default), `0-14`, `15-24`, `25-54`, `55-64`, `65+` */
                        ageGroup?: string | number;
                        value?: string | number;
                        source?: string | number;
                        /** @description YYYY-MM-DD; today when left out */
                        dateReported?: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        mode: "valid-only" | "all-or-nothing";
                        /** @description Rows saved (0 on a dry run) */
                        saved: number;
                        summary: {
                            rows: number;
                            valid: number;
                            invalid: number;
                            /** @description Valid rows that change nothing */
                            unchanged: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "invalid" | "new" | "replace" | "update" | "unchanged";
                            problems: {
                                column: string;
                                message: string;
                                detail: string;
                            }[];
                            change: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        mode: "valid-only" | "all-or-nothing";
                        /** @description Rows saved (0 on a dry run) */
                        saved: number;
                        summary: {
                            rows: number;
                            valid: number;
                            invalid: number;
                            /** @description Valid rows that change nothing */
                            unchanged: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "invalid" | "new" | "replace" | "update" | "unchanged";
                            problems: {
                                column: string;
                                message: string;
                                detail: string;
                            }[];
                            change: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    bulkCreateProcessActions: {
        parameters: {
            query?: {
                /** @description `true`: check every row and report, save nothing */
                dryRun?: "true" | "false";
                /** @description `valid-only`: save valid rows, skip the others; `all-or-nothing`: save nothing if any row has a problem */
                mode?: "valid-only" | "all-or-nothing";
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        row?: number;
                        /** @description Action id or exact title */
                        action?: string | number;
                        /** @description planned, in-progress, done, delayed or cancelled */
                        status?: string | number;
                        /** @description 0 to 100 */
                        progress?: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        mode: "valid-only" | "all-or-nothing";
                        /** @description Rows saved (0 on a dry run) */
                        saved: number;
                        summary: {
                            rows: number;
                            valid: number;
                            invalid: number;
                            /** @description Valid rows that change nothing */
                            unchanged: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "invalid" | "new" | "replace" | "update" | "unchanged";
                            problems: {
                                column: string;
                                message: string;
                                detail: string;
                            }[];
                            change: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        mode: "valid-only" | "all-or-nothing";
                        /** @description Rows saved (0 on a dry run) */
                        saved: number;
                        summary: {
                            rows: number;
                            valid: number;
                            invalid: number;
                            /** @description Valid rows that change nothing */
                            unchanged: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "invalid" | "new" | "replace" | "update" | "unchanged";
                            problems: {
                                column: string;
                                message: string;
                                detail: string;
                            }[];
                            change: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    listProcessConsultations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            title: string;
                            /** @enum {string} */
                            audience: "invited" | "public";
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            openedAt: string | null;
                            closedAt: string | null;
                            sectionCount: number;
                            commentCount: number;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    introduction?: string | null;
                    /** @enum {string} */
                    audience: "invited" | "public";
                    /**
                     * @description Invited organisations by name, acronym or id
                     * @default []
                     */
                    invited?: string[];
                    /**
                     * @description The draft, section by section
                     * @default []
                     */
                    sections?: {
                        title: string;
                        body: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        /** @enum {string} */
                        audience: "invited" | "public";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        openedAt: string | null;
                        closedAt: string | null;
                        sectionCount: number;
                        commentCount: number;
                        introduction: string | null;
                        closingSummary: string | null;
                        invited: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        version: number;
                        sections: {
                            id: string;
                            position: number;
                            title: string;
                            body: string;
                            support: number;
                            object: number;
                            comments: {
                                id: string;
                                sectionId: string;
                                body: string | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    id: string;
                                    name: string;
                                    acronym: string | null;
                                } | null;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason?: string | null;
                            }[];
                        }[];
                        actions: {
                            comment: boolean;
                            moderate: boolean;
                            edit: boolean;
                            close: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                cid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        /** @enum {string} */
                        audience: "invited" | "public";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        openedAt: string | null;
                        closedAt: string | null;
                        sectionCount: number;
                        commentCount: number;
                        introduction: string | null;
                        closingSummary: string | null;
                        invited: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        version: number;
                        sections: {
                            id: string;
                            position: number;
                            title: string;
                            body: string;
                            support: number;
                            object: number;
                            comments: {
                                id: string;
                                sectionId: string;
                                body: string | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    id: string;
                                    name: string;
                                    acronym: string | null;
                                } | null;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason?: string | null;
                            }[];
                        }[];
                        actions: {
                            comment: boolean;
                            moderate: boolean;
                            edit: boolean;
                            close: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openProcessConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                cid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        /** @enum {string} */
                        audience: "invited" | "public";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        openedAt: string | null;
                        closedAt: string | null;
                        sectionCount: number;
                        commentCount: number;
                        introduction: string | null;
                        closingSummary: string | null;
                        invited: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        version: number;
                        sections: {
                            id: string;
                            position: number;
                            title: string;
                            body: string;
                            support: number;
                            object: number;
                            comments: {
                                id: string;
                                sectionId: string;
                                body: string | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    id: string;
                                    name: string;
                                    acronym: string | null;
                                } | null;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason?: string | null;
                            }[];
                        }[];
                        actions: {
                            comment: boolean;
                            moderate: boolean;
                            edit: boolean;
                            close: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeProcessConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                cid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        title: string;
                        /** @enum {string} */
                        audience: "invited" | "public";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        openedAt: string | null;
                        closedAt: string | null;
                        sectionCount: number;
                        commentCount: number;
                        introduction: string | null;
                        closingSummary: string | null;
                        invited: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        }[];
                        version: number;
                        sections: {
                            id: string;
                            position: number;
                            title: string;
                            body: string;
                            support: number;
                            object: number;
                            comments: {
                                id: string;
                                sectionId: string;
                                body: string | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    id: string;
                                    name: string;
                                    acronym: string | null;
                                } | null;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason?: string | null;
                            }[];
                        }[];
                        actions: {
                            comment: boolean;
                            moderate: boolean;
                            edit: boolean;
                            close: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessConsultationSectionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                cid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    organisationId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sectionId: string;
                        body: string | null;
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        organisation: {
                            id: string;
                            name: string;
                            acronym: string | null;
                        } | null;
                        createdAt: string;
                        hidden: boolean;
                        hiddenReason?: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProcessConsultationSectionStance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                cid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    stance: "support" | "object" | "none";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stance: ("support" | "object") | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLessons: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                theme?: string;
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            text: string;
                            themes: {
                                id: string;
                                name: string;
                            }[];
                            tags: string[];
                            stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                            date: string | null;
                            source: string | null;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                            process?: {
                                id: string;
                                title: string;
                                country: string;
                                countryName: string;
                            };
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessLessons: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            processId: string;
                            text: string;
                            themes: {
                                id: string;
                                name: string;
                            }[];
                            tags: string[];
                            stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                            date: string | null;
                            source: string | null;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                            version: number;
                            process?: {
                                id: string;
                                title: string;
                                country: string;
                                countryName: string;
                            };
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    themes?: string[];
                    /** @default [] */
                    tags?: string[];
                    /** @default null */
                    stage?: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                    /** @default null */
                    date?: string | null;
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        text: string;
                        themes: {
                            id: string;
                            name: string;
                        }[];
                        tags: string[];
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        date: string | null;
                        source: string | null;
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        process?: {
                            id: string;
                            title: string;
                            country: string;
                            countryName: string;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                lid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        text: string;
                        themes: {
                            id: string;
                            name: string;
                        }[];
                        tags: string[];
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        date: string | null;
                        source: string | null;
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        process?: {
                            id: string;
                            title: string;
                            country: string;
                            countryName: string;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProcessLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                lid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    themes?: string[];
                    /** @default [] */
                    tags?: string[];
                    /** @default null */
                    stage?: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                    /** @default null */
                    date?: string | null;
                    source?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        processId: string;
                        text: string;
                        themes: {
                            id: string;
                            name: string;
                        }[];
                        tags: string[];
                        stage: ("preparation" | "evidence" | "consultation" | "formulation" | "implementation" | "monitoring") | null;
                        date: string | null;
                        source: string | null;
                        author: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                        version: number;
                        process?: {
                            id: string;
                            title: string;
                            country: string;
                            countryName: string;
                        };
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProcessLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                lid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPractices: {
        parameters: {
            query?: {
                /** @description Only practices in this country (ISO 3166-1 alpha-3) */
                country?: string;
                /** @description Only practices in this region */
                region?: string;
                /** @description Only practices tagged with this taxonomy term */
                theme?: string;
                level?: "municipal" | "provincial" | "national";
                /** @description Corridor: country of origin */
                origin?: string;
                /** @description Corridor: country of destination */
                destination?: string;
                /** @description Only practices with a partner of this type */
                partner?: "local-authority" | "civil-society" | "migrant-association" | "diaspora" | "private-sector" | "international";
                /** @description Moderators only: practices in this state */
                status?: "draft" | "submitted" | "under-review" | "published" | "returned";
                /** @description Only practices found promising by peer review */
                promising?: "yes";
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            title: string;
                            summary: string;
                            /** @description The language the practice was written in */
                            locale: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "under-review" | "published" | "returned";
                            country: {
                                alpha3: string;
                                name: string;
                            } | null;
                            region: string | null;
                            city: string | null;
                            level: ("municipal" | "provincial" | "national") | null;
                            corridor: {
                                origin: {
                                    alpha3: string;
                                    name: string;
                                } | null;
                                destination: {
                                    alpha3: string;
                                    name: string;
                                } | null;
                            };
                            promising: boolean;
                            publishedAt: string | null;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    title?: string;
                    /** @default  */
                    summary?: string;
                    /** @default en */
                    locale?: string;
                    /** @default [] */
                    translations?: {
                        /** @default  */
                        locale?: string;
                        /** @default  */
                        title?: string;
                        /** @default  */
                        summary?: string;
                    }[];
                    /** @default [] */
                    organisations?: {
                        /** @default  */
                        organisation?: string;
                        /** @default  */
                        role?: string;
                    }[];
                    /** @default  */
                    country?: string;
                    /** @default  */
                    region?: string;
                    /** @default  */
                    city?: string;
                    /** @default  */
                    level?: string;
                    /** @default  */
                    origin?: string;
                    /** @default  */
                    destination?: string;
                    /** @default [] */
                    tags?: string[];
                    /** @default  */
                    targetGroups?: string;
                    /** @default  */
                    startYear?: string;
                    /** @default  */
                    endYear?: string;
                    /** @default  */
                    budget?: string;
                    /** @default  */
                    currency?: string;
                    /** @default  */
                    funders?: string;
                    /** @default  */
                    activities?: string;
                    /** @default  */
                    results?: string;
                    /** @default [] */
                    evidence?: {
                        /** @default  */
                        label?: string;
                        /** @default  */
                        figure?: string;
                        /** @default  */
                        source?: string;
                    }[];
                    /** @default false */
                    budgetLine?: boolean;
                    /** @default false */
                    localLaw?: boolean;
                    /** @default false */
                    plan?: boolean;
                    /** @default [] */
                    links?: {
                        /** @default  */
                        kind?: string;
                        /** @default  */
                        id?: string;
                    }[];
                    /** @default  */
                    callId?: string;
                    /** @default  */
                    replicatesId?: string;
                    /** @default  */
                    replicationProgress?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        summary: string;
                        /** @description The language the practice was written in */
                        locale: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "under-review" | "published" | "returned";
                        country: {
                            alpha3: string;
                            name: string;
                        } | null;
                        region: string | null;
                        city: string | null;
                        level: ("municipal" | "provincial" | "national") | null;
                        corridor: {
                            origin: {
                                alpha3: string;
                                name: string;
                            } | null;
                            destination: {
                                alpha3: string;
                                name: string;
                            } | null;
                        };
                        promising: boolean;
                        publishedAt: string | null;
                        updatedAt: string;
                        translations: {
                            /** @enum {string} */
                            field: "title" | "summary";
                            locale: string;
                            text: string;
                            original: boolean;
                        }[];
                        organisations: {
                            organisation: {
                                id: string;
                                name: string;
                                acronym: string | null;
                            };
                            /** @enum {string} */
                            role: "local-authority" | "civil-society" | "migrant-association" | "diaspora" | "private-sector" | "international";
                        }[];
                        tags: {
                            id: string;
                            scheme: string;
                            label: string;
                        }[];
                        targetGroups: string | null;
                        period: {
                            start: string | null;
                            end: string | null;
                        };
                        budget: {
                            amountMinor: number;
                            currency: string | null;
                        } | null;
                        funders: string | null;
                        activities: string | null;
                        results: string | null;
                        evidence: {
                            label: string;
                            figure: string | null;
                            source: string | null;
                        }[];
                        institutionalised: {
                            budgetLine: boolean;
                            localLaw: boolean;
                            plan: boolean;
                        };
                        links: {
                            /** @enum {string} */
                            kind: "lesson" | "process" | "programme";
                            id: string;
                            title: string;
                        }[];
                        call: {
                            id: string;
                            title: string;
                        } | null;
                        replicates: {
                            id: string;
                            title: string;
                        } | null;
                        replicationProgress: ("planned" | "started" | "running" | "completed") | null;
                        /** @description The summary of submitted peer reviews */
                        review: {
                            count: number;
                            average: number | null;
                            spread: number | null;
                            needsThirdReviewer: boolean;
                        };
                        demo: boolean;
                        version: number;
                        actions: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    title?: string;
                    /** @default  */
                    summary?: string;
                    /** @default en */
                    locale?: string;
                    /** @default [] */
                    translations?: {
                        /** @default  */
                        locale?: string;
                        /** @default  */
                        title?: string;
                        /** @default  */
                        summary?: string;
                    }[];
                    /** @default [] */
                    organisations?: {
                        /** @default  */
                        organisation?: string;
                        /** @default  */
                        role?: string;
                    }[];
                    /** @default  */
                    country?: string;
                    /** @default  */
                    region?: string;
                    /** @default  */
                    city?: string;
                    /** @default  */
                    level?: string;
                    /** @default  */
                    origin?: string;
                    /** @default  */
                    destination?: string;
                    /** @default [] */
                    tags?: string[];
                    /** @default  */
                    targetGroups?: string;
                    /** @default  */
                    startYear?: string;
                    /** @default  */
                    endYear?: string;
                    /** @default  */
                    budget?: string;
                    /** @default  */
                    currency?: string;
                    /** @default  */
                    funders?: string;
                    /** @default  */
                    activities?: string;
                    /** @default  */
                    results?: string;
                    /** @default [] */
                    evidence?: {
                        /** @default  */
                        label?: string;
                        /** @default  */
                        figure?: string;
                        /** @default  */
                        source?: string;
                    }[];
                    /** @default false */
                    budgetLine?: boolean;
                    /** @default false */
                    localLaw?: boolean;
                    /** @default false */
                    plan?: boolean;
                    /** @default [] */
                    links?: {
                        /** @default  */
                        kind?: string;
                        /** @default  */
                        id?: string;
                    }[];
                    /** @default  */
                    callId?: string;
                    /** @default  */
                    replicatesId?: string;
                    /** @default  */
                    replicationProgress?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPracticeReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @description The name for moderators and for one's own review; else a number */
                            reviewer: string;
                            /** @enum {string} */
                            state: "assigned" | "conflicted" | "submitted";
                            submittedAt: string | null;
                            scores: {
                                /** @enum {string} */
                                criterion: "relevance" | "evidence" | "sustainability" | "partnership" | "replicability" | "participation";
                                score: number;
                                comment: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPracticeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The review's version, from GET …/reviews (1 when just assigned) */
                    version: number;
                    /** @description The reviewer declares no conflict of interest; false is refused */
                    noConflict: boolean;
                    /** @description Every criterion, each with its score and a comment */
                    scores: {
                        [key: string]: {
                            /** @description 1 (weak) to 5 (excellent) */
                            score: number;
                            comment: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        promising: boolean;
                        needsThirdReviewer: boolean;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            title: string;
                            description: string;
                            theme: string | null;
                            region: string | null;
                            origin: string | null;
                            destination: string | null;
                            opensOn: string;
                            closesOn: string;
                            /**
                             * @description Computed from the dates when read
                             * @enum {string}
                             */
                            state: "upcoming" | "open" | "closed";
                            demo: boolean;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        description: string;
                        theme: string | null;
                        region: string | null;
                        origin: string | null;
                        destination: string | null;
                        opensOn: string;
                        closesOn: string;
                        /**
                         * @description Computed from the dates when read
                         * @enum {string}
                         */
                        state: "upcoming" | "open" | "closed";
                        demo: boolean;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Practice id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChecklistTemplates: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            key: string;
                            /** @enum {string} */
                            kind: "sector" | "governance";
                            /** @enum {string} */
                            scale: "coherence" | "presence";
                            sector: string | null;
                            level: string | null;
                            /** @description In the language of the request, or English */
                            title: string;
                            /** @description The current version */
                            version: number;
                            itemCount: number;
                            href: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChecklistTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        version: number;
                        unchanged: boolean;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        version: number;
                        unchanged: boolean;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChecklistTemplate: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        currentVersion: number;
                        /** @enum {string} */
                        format: "corridor.checklist-template";
                        key: string;
                        version: number;
                        /** @enum {string} */
                        kind: "sector" | "governance";
                        /** @enum {string} */
                        scale: "coherence" | "presence";
                        sector?: string;
                        level?: string;
                        /** @description Text per language: en (always), fr, es, ar */
                        title: {
                            [key: string]: string;
                        };
                        /** @description Text per language: en (always), fr, es, ar */
                        description?: {
                            [key: string]: string;
                        };
                        note?: string;
                        items: {
                            key: string;
                            domain?: string;
                            /** @description Text per language: en (always), fr, es, ar */
                            question: {
                                [key: string]: string;
                            };
                            /** @description Text per language: en (always), fr, es, ar */
                            guidance?: {
                                [key: string]: string;
                            };
                            /** @description Text per language: en (always), fr, es, ar */
                            evidence?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            round: number;
                            createdAt: string;
                            overallScore: number | null;
                            gaps: number;
                            answered: number;
                            href: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProcessAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Checklist template ids or keys, e.g. ["sector-health", "governance-national"] */
                    templates: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        round: number;
                        createdAt: string;
                        overallScore: number | null;
                        gaps: number;
                        answered: number;
                        href: string;
                        templates: {
                            id: string;
                            key: string;
                            version: number;
                            title: string;
                            /** @enum {string} */
                            kind: "sector" | "governance";
                            /** @enum {string} */
                            scale: "coherence" | "presence";
                        }[];
                        areas: {
                            key: string;
                            label: string;
                            /** @description 0–100; not applicable and unscored items left out */
                            score: number | null;
                            scored: number;
                            notApplicable: number;
                            total: number;
                            gaps: number;
                        }[];
                        items: {
                            /** @description The item score id: use it to save the item */
                            id: string;
                            version: number;
                            templateKey: string;
                            itemKey: string;
                            area: {
                                key: string;
                                label: string;
                            };
                            question: string;
                            guidance: string | null;
                            evidenceExpected: string | null;
                            /** @enum {string} */
                            scale: "coherence" | "presence";
                            score: string | null;
                            scoreLabel: string;
                            evidence: string | null;
                            comment: string | null;
                            gap: boolean;
                            updatedAt: string | null;
                            updatedBy: string | null;
                        }[];
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        round: number;
                        createdAt: string;
                        overallScore: number | null;
                        gaps: number;
                        answered: number;
                        href: string;
                        templates: {
                            id: string;
                            key: string;
                            version: number;
                            title: string;
                            /** @enum {string} */
                            kind: "sector" | "governance";
                            /** @enum {string} */
                            scale: "coherence" | "presence";
                        }[];
                        areas: {
                            key: string;
                            label: string;
                            /** @description 0–100; not applicable and unscored items left out */
                            score: number | null;
                            scored: number;
                            notApplicable: number;
                            total: number;
                            gaps: number;
                        }[];
                        items: {
                            /** @description The item score id: use it to save the item */
                            id: string;
                            version: number;
                            templateKey: string;
                            itemKey: string;
                            area: {
                                key: string;
                                label: string;
                            };
                            question: string;
                            guidance: string | null;
                            evidenceExpected: string | null;
                            /** @enum {string} */
                            scale: "coherence" | "presence";
                            score: string | null;
                            scoreLabel: string;
                            evidence: string | null;
                            comment: string | null;
                            gap: boolean;
                            updatedAt: string | null;
                            updatedBy: string | null;
                        }[];
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProcessAssessmentItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Process id */
                id: string;
                assessmentId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: ("not-addressed" | "partly" | "largely" | "fully" | "not-applicable" | "absent" | "partly-present" | "fully-present") | null;
                    evidence?: string | null;
                    comment?: string | null;
                    /** @description The version of the item you read; answers 409 if it changed since */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The item score id: use it to save the item */
                        id: string;
                        version: number;
                        templateKey: string;
                        itemKey: string;
                        area: {
                            key: string;
                            label: string;
                        };
                        question: string;
                        guidance: string | null;
                        evidenceExpected: string | null;
                        /** @enum {string} */
                        scale: "coherence" | "presence";
                        score: string | null;
                        scoreLabel: string;
                        evidence: string | null;
                        comment: string | null;
                        gap: boolean;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGuidance: {
        parameters: {
            query?: {
                /** @description Only this kind: note, handbook or checklist */
                kind?: "note" | "handbook" | "checklist";
                /** @description Only documents written in this language */
                locale?: "en" | "fr" | "es" | "ar";
                /** @description Only documents tagged with this taxonomy term (a theme or sector) */
                term?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "handbook" | "checklist";
                            /** @enum {string} */
                            locale: "en" | "fr" | "es" | "ar";
                            title: string;
                            summary: string;
                            /** @description The number of the current version */
                            version: number;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuidance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "note" | "handbook" | "checklist";
                        /** @enum {string} */
                        locale: "en" | "fr" | "es" | "ar";
                        title: string;
                        summary: string;
                        /** @description The number of the current version */
                        version: number;
                        updatedAt: string;
                        body: string;
                        checklistTemplateId: string | null;
                        languages: {
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "es" | "ar";
                            title: string;
                        }[];
                        terms: {
                            id: string;
                            scheme: string;
                            name: string;
                        }[];
                        versions: {
                            number: number;
                            changeNote: string;
                            editedAt: string;
                            editor: string | null;
                        }[];
                        actions: {
                            edit: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCourses: {
        parameters: {
            query?: {
                /** @description Only courses written in this language */
                locale?: "en" | "fr" | "es" | "ar";
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The `next` value of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "es" | "ar";
                            title: string;
                            summary: string;
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        locale: "en" | "fr" | "es" | "ar";
                        title: string;
                        summary: string;
                        updatedAt: string;
                        published: boolean;
                        languages: {
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "es" | "ar";
                            title: string;
                        }[];
                        modules: {
                            id: string;
                            title: string;
                            intro: string;
                            passMark: number;
                            questions: number;
                            quiz: {
                                passed: boolean;
                                bestScore: number | null;
                                attempts: number;
                            } | null;
                            lessons: {
                                id: string;
                                title: string;
                                done: boolean;
                            }[];
                        }[];
                        /** @description The caller's own progress, when signed in and enrolled */
                        progress: {
                            enrolledAt: string;
                            lessonsDone: number;
                            lessonsTotal: number;
                            quizzesPassed: number;
                            quizzesTotal: number;
                            /** @description Lessons read and quizzes passed, in whole percent */
                            percent: number;
                            /** @description The page where the learner goes on */
                            resumeHref: string | null;
                            completedAt: string | null;
                            certificateCode: string | null;
                        } | null;
                        actions: {
                            enrol: boolean;
                            signIn: boolean;
                            results: boolean;
                        };
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCourseProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolledAt: string;
                        lessonsDone: number;
                        lessonsTotal: number;
                        quizzesPassed: number;
                        quizzesTotal: number;
                        /** @description Lessons read and quizzes passed, in whole percent */
                        percent: number;
                        /** @description The page where the learner goes on */
                        resumeHref: string | null;
                        completedAt: string | null;
                        certificateCode: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate code from its verification link */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        learnerName: string;
                        courseTitle: string;
                        courseId: string;
                        locale: string;
                        issuedAt: string;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecordDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kind of record (`lesson`, `practice`) */
                type: string;
                /** @description Id of the record */
                owner: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            ownerType: string;
                            ownerId: string;
                            title: string;
                            fileName: string;
                            /** @enum {string} */
                            kind: "pdf" | "word" | "spreadsheet" | "presentation" | "image" | "csv";
                            mediaType: string;
                            byteSize: number;
                            sha256: string;
                            width: number | null;
                            height: number | null;
                            uploadedAt: string;
                            download: string;
                            thumbnail: string | null;
                        }[];
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRecordDocument: {
        parameters: {
            query: {
                /** @description The file name, with its extension (`report.pdf`) */
                name: string;
                /** @description What lists show; the file name when absent */
                title?: string;
            };
            header?: never;
            path: {
                /** @description Kind of record (`lesson`, `practice`) */
                type: string;
                /** @description Id of the record */
                owner: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        ownerType: string;
                        ownerId: string;
                        title: string;
                        fileName: string;
                        /** @enum {string} */
                        kind: "pdf" | "word" | "spreadsheet" | "presentation" | "image" | "csv";
                        mediaType: string;
                        byteSize: number;
                        sha256: string;
                        width: number | null;
                        height: number | null;
                        uploadedAt: string;
                        download: string;
                        thumbnail: string | null;
                    };
                };
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        ownerType: string;
                        ownerId: string;
                        title: string;
                        fileName: string;
                        /** @enum {string} */
                        kind: "pdf" | "word" | "spreadsheet" | "presentation" | "image" | "csv";
                        mediaType: string;
                        byteSize: number;
                        sha256: string;
                        width: number | null;
                        height: number | null;
                        uploadedAt: string;
                        download: string;
                        thumbnail: string | null;
                    };
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token or session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The request was refused: the problem says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
