window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2214587730",
      "userLink" : "https://twitter.com/intent/user?user_id=2214587730"
    }
  },
  {
    "follower" : {
      "accountId" : "3090412257",
      "userLink" : "https://twitter.com/intent/user?user_id=3090412257"
    }
  },
  {
    "follower" : {
      "accountId" : "715283946",
      "userLink" : "https://twitter.com/intent/user?user_id=715283946"
    }
  },
  {
    "follower" : {
      "accountId" : "2860019934",
      "userLink" : "https://twitter.com/intent/user?user_id=2860019934"
    }
  },
  {
    "follower" : {
      "accountId" : "1604482215",
      "userLink" : "https://twitter.com/intent/user?user_id=1604482215"
    }
  },
  {
    "follower" : {
      "accountId" : "2477310968",
      "userLink" : "https://twitter.com/intent/user?user_id=2477310968"
    }
  },
  {
    "follower" : {
      "accountId" : "1290044310187409408",
      "userLink" : "https://twitter.com/intent/user?user_id=1290044310187409408"
    }
  }
]