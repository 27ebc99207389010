# Pasted reseller, gateway and SDK errors (rules/providers.yaml, checks/15-pasted-error.yaml).

check-pasted-error = What the provider said

paste-provider-name =
    { $provider ->
        [kling] Kling
        [useapi] useapi.net
        [cometapi] CometAPI
        [piapi] PiAPI
        [kie] kie.ai
        [fal] fal.ai
        [replicate] Replicate
        [aimlapi] AI/ML API
        [comfyui] ComfyUI (comfy.org)
        [gateway] the API gateway (new-api / one-api)
       *[other] your provider
    }

question-api-host = Which host did the failing request go to?
question-paste-finding = Which finding did the pasted provider error point to?
question-upstream-code = Which Kling code did the provider pass on from its own Kling account?
question-task-status-msg = What did task_status_msg of the failed task say?
value-provider-aimlapi = AI/ML API
value-provider-comfyui = ComfyUI API nodes (comfy.org)
value-provider-gateway = A new-api / one-api style gateway
report-origin-request = read from the pasted request

rules-error-bad-pattern = this pattern cannot be used: { $detail }
rules-error-bad-pattern-help = patterns are Rust regular expressions (https://docs.rs/regex), matched ignoring case
rules-error-paste-finding-unchecked = no check on `paste_finding` turns `{ $value }` into that finding
rules-error-paste-finding-unchecked-help = add a case `if: {"{"} equals: "{ $value }" {"}"}` with that finding to rules/checks/15-pasted-error.yaml

explain-pasted-heading = Error from { paste-provider-name }

finding-provider-balance-pasted-title = { paste-provider-name } says your balance there is used up
finding-provider-balance-pasted-explanation =
    The error comes from { paste-provider-name }, not from Kling: the balance that ran out is your
    account's balance at { paste-provider-name } (credits, quota or dollars). Kling resource packs and the
    Kling developer console do not apply to it, and buying a Kling pack will not fix it.
finding-provider-balance-pasted-undocumented-title = { paste-provider-name } seems to say your balance there is used up
finding-provider-balance-pasted-undocumented-explanation =
    The error looks like it comes from { paste-provider-name }. Its exact wording for an empty balance is
    not documented, so this reading is a guess from the status and shape. If it is the balance, it is your
    balance at { paste-provider-name }, not a Kling resource pack.

finding-unknown-error-from-host-title = This error is not in Kling's table; it came from { $api_host }
finding-unknown-error-from-host-explanation =
    kling-doctor does not recognise this answer. The request went to { $api_host }
    ({ paste-provider-name }), so that service produced or passed on the error; its support can say
    what it means. The checks below still cover packs, units and slots.
finding-unknown-error-from-provider-title = This error is not in Kling's table; it looks like { paste-provider-name }'s
finding-unknown-error-from-provider-explanation =
    kling-doctor does not recognise this answer, but its shape is the one { paste-provider-name } uses,
    so that service produced or passed on the error; its support can say what it means.

finding-provider-key-quota-title = This { paste-provider-name } key has used up its own limit
finding-provider-key-quota-explanation =
    { paste-provider-name } gives each API key a quota of its own, separate from the account balance.
    This key's quota is spent, even if the account still has money. Kling resource packs do not apply.
finding-provider-subscription-title = Your { paste-provider-name } subscription is needed or has lapsed
finding-provider-subscription-explanation =
    { paste-provider-name } refused the call because the plan or subscription you pay it for is not
    active (or a free tier's limit was reached). This is about { paste-provider-name }, not about Kling
    units or a Kling resource pack.
finding-provider-account-error-title = The account at { paste-provider-name } is in an error state
finding-provider-account-error-explanation =
    { paste-provider-name } says the account it uses for you is locked, banned, missing or no longer
    signed in (for useapi.net: the Kling account you linked there). Until it is fixed there, every call
    fails, whatever the balance.
finding-upstream-balance-title = { paste-provider-name }'s own Kling account is out of units, not yours
finding-upstream-balance-explanation =
    { paste-provider-name } passed on Kling's 1102 "Account balance not enough". That answer is about
    the Kling account { paste-provider-name } calls Kling with, not about a pack of yours: your balance
    at { paste-provider-name } can be full and this still happens. Buying a Kling pack yourself does not help.
finding-task-failed-title = The task failed: { $task_status_msg }
finding-task-failed-explanation =
    The request itself was accepted (code 0), but the task ended with status failed, for the reason
    above. Kling deducts no units for a failed task, so nothing was charged for it.
finding-provider-auth-title = { paste-provider-name } did not accept your key
finding-provider-auth-explanation =
    { paste-provider-name } refused the credentials before anything reached Kling: the key is wrong,
    expired, malformed or missing. Kling keys do not work there, and its keys do not work at Kling.
finding-provider-rate-limit-title = { paste-provider-name } is limiting how fast you call it
finding-provider-rate-limit-explanation =
    { paste-provider-name } answered 429 for its own limit (requests per minute or job slots), not
    Kling's. With little credit left some providers lower the limit further.
finding-kling-429-title = Kling answered 429: one of four errors, and the body tells which
finding-kling-429-explanation =
    Your program printed only the status and the URL. Kling answers HTTP 429 for 1102 (balance),
    1302 (too many requests), 1303 (too many tasks at once) and 1304 (IP allow-list); only the response
    body says which, and each has another fix.

fix-top-up-provider =
    { $provider ->
        [fal] Top up your balance at fal.ai/dashboard/billing; the lock can stay for a few minutes after paying.
        [replicate] Buy credit at replicate.com/account/billing, then wait a few minutes before trying again.
        [kie] Buy credits in your kie.ai account (api.kie.ai/api/v1/chat/credit shows the balance).
        [useapi] Add credits to the Kling account you linked at useapi.net (GET /v1/kling/accounts/<email> shows balance.total).
        [cometapi] Top up your CometAPI account balance in the CometAPI console.
        [piapi] Top up your PiAPI credits in the PiAPI workspace (GET /account/info shows data.credits).
        [aimlapi] Top up or subscribe at aimlapi.com/app/billing.
        [comfyui] Add credits to the comfy.org account you are logged in with in ComfyUI.
        [gateway] Top up your account balance in the gateway's web console.
       *[other] Top up your balance on your provider's dashboard.
    }
fix-provider-balance-not-kling = Do not buy a Kling resource pack for this: { paste-provider-name } spends its own balance, not Kling packs.
fix-ask-provider-support = Ask { paste-provider-name } support what this answer means, and give them the whole response body.
fix-raise-key-quota =
    { $provider ->
        [cometapi] In the CometAPI console, raise this key's quota or set it to unlimited (or use another key).
       *[other] In { paste-provider-name }'s console (Tokens / API keys), raise this key's quota or set it to unlimited.
    }
fix-key-quota-not-balance = Topping up the account does not raise a key's own limit: the key's quota and the account balance are separate.
fix-renew-provider-subscription =
    { $provider ->
        [useapi] Renew your useapi.net subscription (GET /v2/account shows it); Kling credits cannot replace it.
        [aimlapi] Get an AI/ML API subscription at aimlapi.com/app/billing, or wait for the free-tier hour to pass.
       *[other] Renew your plan with { paste-provider-name }.
    }
fix-provider-account =
    { $provider ->
        [useapi] Re-add the linked Kling account at useapi.net (POST /v1/kling/accounts with its email and password).
        [fal] Contact support@fal.ai: an admin lock is lifted by fal.ai only.
        [comfyui] Contact support@comfy.org about your comfy.org account.
       *[other] Contact { paste-provider-name } support about your account.
    }
fix-contact-gateway-upstream = Contact { paste-provider-name }: its upstream Kling account is empty and only they can top it up.
fix-upstream-not-yours = Do not buy a Kling pack for this; your own balance at { paste-provider-name } is not the problem.
fix-read-task-failure = Change what the reason names (prompt, image size or content) and submit a new task.
fix-failed-task-free = Resubmit without worrying about cost: failed tasks are not charged.
fix-check-provider-key = Use a key created in { paste-provider-name }'s own dashboard, in the header shape it expects, and check which key your program sends.
fix-provider-slow-down = Send fewer requests at once to { paste-provider-name } and retry with backoff (honour Retry-After).
fix-print-429-body = Print the response body (in Python: print(err.response.text)) and run kling-doctor --error '<that body>'.
error-request-file = cannot read the request file { $path }: { $detail }

wizard-help-api-host = The host in the URL your program calls, e.g. api-singapore.klingai.com or api.cometapi.com.
wizard-help-paste-finding = Set by kling-doctor when it recognises a provider's error in what you pasted; you do not need to type it.
wizard-help-upstream-code = The Kling code inside a gateway's error message (fail_to_fetch_task); set from the paste.
wizard-help-task-status-msg = The task_status_msg field of the task query (GET /v1/videos/text2video/<task_id>).
